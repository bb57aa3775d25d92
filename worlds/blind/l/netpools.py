"""Build IP pools (cached to ip_pools.json) from the ip-location-db ASN table and the shared VPN/DC lists."""
import csv, json, os, random, ipaddress

HERE = os.path.dirname(os.path.abspath(__file__))
ASN4 = os.path.join(HERE, '../../../node_modules/@ip-location-db/asn/asn-ipv4-num.csv')
ASN6 = os.path.join(HERE, '../../../node_modules/@ip-location-db/asn/asn-ipv6.csv')
NET = os.path.join(os.environ.get('SHARED_DATA', os.path.join(HERE, '../../../../shared/data')), 'network')

# category -> list of (org exact name, country)
ORGS = {
    'res': [
        ('Comcast Cable Communications, LLC', 'US'), ('Charter Communications Inc', 'US'),
        ('Cox Communications Inc.', 'US'), ('Frontier Communications of America, Inc.', 'US'),
        ('Deutsche Telekom AG', 'DE'), ('Vodafone GmbH', 'DE'), ('British Telecommunications PLC', 'GB'),
        ('Virgin Media Limited', 'GB'), ('Sky UK Limited', 'GB'), ('Orange S.A.', 'FR'), ('Free SAS', 'FR'),
        ('Societe Francaise Du Radiotelephone - SFR SA', 'FR'), ('Korea Telecom', 'KR'), ('SK Broadband Co Ltd', 'KR'),
        ('SoftBank Corp.', 'JP'), ('Bharti Airtel Limited', 'IN'), ('Rogers Communications Canada Inc.', 'CA'),
        ('Bell Canada', 'CA'), ('Videotron Ltee', 'CA'), ('Telstra Limited', 'AU'), ('SingTel Optus Pty Ltd', 'AU'),
        ('KPN B.V.', 'NL'), ('Swisscom (Schweiz) AG', 'CH'), ('Proximus NV', 'BE'), ('Telia Company AB', 'SE'),
        ('Viettel Group', 'VN'), ('Telmex Colombia S.A.', 'CO'), ('Turk Telekomunikasyon Anonim Sirketi', 'TR'),
        ('China Telecom', 'CN'), ('Shaw Communications', 'CA'), ('TIM S/A', 'BR'),
    ],
    'mobile': [
        ('T-Mobile USA, Inc.', 'US'), ('Reliance Jio Infocomm Limited', 'IN'), ('Vodafone Idea Ltd. (VIL)', 'IN'),
        ('Bouygues Telecom SA', 'FR'), ('Globe Telecom Inc.', 'PH'), ('China Mobile', 'CN'), ('T-Mobile Polska S.A.', 'PL'),
    ],
    'uni': [
        ('University of California, San Diego', 'US'), ('Purdue University', 'US'), ('University of British Columbia', 'CA'),
        ('University of Toronto', 'CA'), ('The University of Arizona', 'US'), ('Indiana University', 'US'),
        ('University of Virginia', 'US'), ('University of Oregon', 'US'), ('Washington State University', 'US'),
        ('Kangwon National University', 'KR'), ('University of California at Berkeley', 'US'),
    ],
    'cloud': [
        ('Amazon.com, Inc.', 'US'), ('Google LLC', 'US'), ('Microsoft Corporation', 'US'), ('Oracle Corporation', 'US'),
        ('DigitalOcean, LLC', 'US'), ('Hetzner Online GmbH', 'DE'), ('OVH SAS', 'FR'), ('The Constant Company, LLC', 'US'),
    ],
    'cheaphost': [
        ('M247 Europe SRL', 'RO'), ('Datacamp Limited', 'GB'), ('Psychz Networks', 'US'), ('Leaseweb USA, Inc.', 'US'),
        ('Leaseweb Netherlands B.V.', 'NL'),
    ],
    'cdnproxy': [('Zscaler Switzerland GmbH', 'CH'), ('Cloudflare, Inc.', 'US')],
}
V6ORGS = {'Comcast Cable Communications, LLC': 'US', 'Deutsche Telekom AG': 'DE', 'T-Mobile USA, Inc.': 'US',
          'Reliance Jio Infocomm Limited': 'IN', 'Amazon.com, Inc.': 'US', 'Google LLC': 'US'}


def build():
    want = {}
    for cat, lst in ORGS.items():
        for org, cc in lst:
            want[org] = (cat, cc)
    out = {}  # key "cat|org|cc" -> list of [start,end]
    with open(ASN4, newline='') as f:
        for row in csv.reader(f):
            org = row[3]
            if org in want:
                s, e = int(row[0]), int(row[1])
                if e - s < 255:
                    continue
                cat, cc = want[org]
                out.setdefault(f'{cat}|{org}|{cc}', []).append([s, e])
    v6 = {}
    with open(ASN6, newline='') as f:
        for row in csv.reader(f):
            if row[3] in V6ORGS:
                v6.setdefault(row[3], []).append([row[0], row[1]])
    rng = random.Random(7)
    for k in list(out):
        if len(out[k]) > 60:
            out[k] = rng.sample(out[k], 60)
    for k in list(v6):
        v6[k] = [r for r in v6[k] if '/' not in r[0]][:40]
    def cidrs(path, n):
        rows = [l.strip() for l in open(path) if l.strip() and ':' not in l]
        rng.shuffle(rows)
        res = []
        for c in rows[:n]:
            net = ipaddress.ip_network(c, strict=False)
            res.append([int(net.network_address) + 1, int(net.broadcast_address) - 1])
        return res
    pools = {'v4': out, 'v6': v6, 'vpn': cidrs(f'{NET}/vpn-ipv4.txt', 400),
             'dc': cidrs(f'{NET}/datacenter-ipv4.txt', 800)}
    return pools


def load():
    p = os.path.join(HERE, 'ip_pools.json')
    if os.path.exists(p):
        return json.load(open(p))
    pools = build()
    json.dump(pools, open(p, 'w'))
    return pools


if __name__ == '__main__':
    pools = load()
    for k, v in sorted(pools['v4'].items()):
        print(k, len(v))
    print('v6', {k: len(v) for k, v in pools['v6'].items()}, 'vpn', len(pools['vpn']), 'dc', len(pools['dc']))
