# Build a small cache of IPv4 ranges per ASN group from the ip-location-db ASN csv (allowed source).
import json, ipaddress, os
GROUPS = {
 'res_us': [7922, 20115, 20001, 11427, 7018, 10796, 33363, 7015, 33491, 33659],
 'res_eu': [3320, 3215, 3209, 5511, 3352, 12479, 33915, 1273],
 'res_ca': [812, 577, 855, 29988],
 'res_in': [24560, 45609, 55836, 9498],
 'res_asia': [2516, 9318, 9605, 4713, 9689],
 'res_au': [1221],
 'res_br': [26599, 27699, 22927],
 'mobile': [6167, 22394, 21928, 12912, 55836, 9605],
 'uni': [7377, 3, 32, 2152, 1312, 237],
 'aws': [16509, 14618, 8987],
 'gcp': [396982, 15169],
 'azure': [8075, 8069],
 'do': [14061], 'hetzner': [24940], 'ovh': [16276],
 'zscaler': [22616, 53813, 62044],
}
HERE = os.path.dirname(os.path.abspath(__file__))

def build(src=os.path.join(HERE, '../../../node_modules/@ip-location-db/asn/asn-ipv4.csv'),
          out=os.path.join(HERE, 'asn_cache.json')):
    want = {}
    for g, l in GROUPS.items():
        for a in l: want.setdefault(a, []).append(g)
    res = {g: [] for g in GROUPS}
    names = {}
    import csv
    with open(src) as f:
        for row in csv.reader(f):
            try: a = int(row[2])
            except: continue
            if a in want:
                s = int(ipaddress.IPv4Address(row[0])); e = int(ipaddress.IPv4Address(row[1]))
                if e - s < 255: continue
                for g in want[a]: res[g].append([s, e, a])
                names[a] = row[3]
    json.dump({'ranges': res, 'names': {str(k): v for k, v in names.items()}}, open(out, 'w'))
if __name__ == '__main__':
    build()
