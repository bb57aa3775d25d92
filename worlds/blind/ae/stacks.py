"""Client stacks: JA4 fingerprint + user-agent generator + default endpoint."""
import hashlib


def h12(s):
    return hashlib.sha256(s.encode()).hexdigest()[:12]


def ja4(prefix, name, variant=''):
    return '%s_%s_%s' % (prefix, h12('c' + name), h12('e' + name + variant))


CHROME_V = ['131.0.0.0', '132.0.0.0', '133.0.0.0', '134.0.0.0', '135.0.0.0', '136.0.0.0']
OSES = ['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10_15_7', 'X11; Linux x86_64']

# name: (ja4, ua_fn(rng), endpoint preference ('oa','an', or 'mix'))
def _chrome(r):
    return 'Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36' % (r.choice(OSES), r.choice(CHROME_V))


def _edge(r):
    v = r.choice(CHROME_V)
    return 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36 Edg/%s' % (v, v)


def _firefox(r):
    v = r.choice(['133.0', '134.0', '135.0', '136.0', '137.0', '128.0'])
    return 'Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Firefox/%s' % (r.choice(['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10.15', 'X11; Ubuntu; Linux x86_64']), v, v)


def _safari(r):
    v = r.choice(['17.6', '18.1', '18.2', '18.3', '18.4'])
    return 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15' % v


def _ios_safari(r):
    v = r.choice(['17_6', '18_1', '18_2', '18_3', '18_4'])
    return 'Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Mobile/15E148 Safari/604.1' % (v, v.replace('_', '.'))


def _android_chrome(r):
    return 'Mozilla/5.0 (Linux; Android %d; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Mobile Safari/537.36' % (r.choice([13, 14, 15]), r.choice(CHROME_V))


def _oa_py(r):
    return 'OpenAI/Python %s' % r.choice(['1.51.2', '1.54.4', '1.57.0', '1.59.7', '1.61.1', '1.66.3', '1.70.0'])


def _an_py(r):
    return 'Anthropic/Python %s' % r.choice(['0.39.0', '0.42.0', '0.45.2', '0.49.0', '0.51.0'])


def _oa_js(r):
    return 'OpenAI/JS %s' % r.choice(['4.73.1', '4.77.0', '4.85.4', '4.91.1', '5.0.1'])


def _an_js(r):
    return 'Anthropic/JS %s' % r.choice(['0.32.1', '0.36.3', '0.39.0', '0.40.1'])


def _requests(r):
    return 'python-requests/%s' % r.choice(['2.31.0', '2.32.3', '2.28.2'])


def _httpx(r):
    return 'python-httpx/%s' % r.choice(['0.27.0', '0.27.2', '0.28.1'])


def _aiohttp(r):
    return 'Python/3.%d aiohttp/%s' % (r.choice([10, 11, 12]), r.choice(['3.9.5', '3.10.10', '3.11.11']))


def _go(r):
    return 'Go-http-client/%s' % r.choice(['1.1', '2.0'])


def _curl(r):
    return 'curl/%s' % r.choice(['7.81.0', '8.5.0', '8.7.1', '8.11.1'])


def _curl_win(r):
    return 'curl/%s' % r.choice(['8.9.1', '8.10.1', '8.4.0'])


def _okhttp(r):
    return 'okhttp/%s' % r.choice(['4.9.3', '4.12.0', '4.11.0'])


def _undici(r):
    return r.choice(['node', 'undici', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)'])


def _axios(r):
    return 'axios/%s' % r.choice(['1.6.8', '1.7.7', '1.7.9'])


def _reqwest(r):
    return r.choice([None, 'reqwest/0.12.9', 'reqwest/0.11.27'])


def _java(r):
    return 'Java-http-client/%s' % r.choice(['17.0.12', '21.0.5', '11.0.24'])


def _ios_app(r):
    return '%s/%s CFNetwork/%s Darwin/%s' % (r.choice(['Pocketmind', 'Scribbly', 'AskAway', 'Notewise']), r.choice(['2.4.1', '3.0', '3.1.2', '1.9']), r.choice(['1496.0.7', '1568.100.1', '3826.400.120']), r.choice(['23.5.0', '24.1.0', '24.3.0']))


def _android_app(r):
    return 'Dalvik/2.1.0 (Linux; U; Android %d; %s Build/%s)' % (r.choice([12, 13, 14, 15]), r.choice(['SM-S918B', 'Pixel 8', 'Pixel 7a', '2201116SG', 'CPH2451']), r.choice(['UP1A.231005.007', 'AP2A.240905.003', 'TQ3A.230901.001']))


def _litellm(r):
    return 'litellm/%s' % r.choice(['1.52.0', '1.55.3', '1.61.7'])


def _langchain(r):
    return 'langchain-openai/0.%d.%d OpenAI/Python 1.5%d.0' % (r.choice([2, 3]), r.randint(0, 9), r.randint(0, 9))


def _cli(r):
    return r.choice(['aider/0.6%d.%d' % (r.randint(5, 9), r.randint(0, 3)), 'llm/0.%d (simonw/llm)' % r.randint(15, 22), 'sgpt/1.4.%d' % r.randint(0, 4), 'mods/1.%d.0' % r.randint(4, 7)])


def _win_ps(r):
    return 'Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.%d' % r.choice([19041, 22621, 26100])


def _headless(r):
    return 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/%s Safari/537.36' % r.choice(CHROME_V)


def _lib_ua(r):
    return None


STACKS = {
    'chrome': ('t13d1516h2_8daaf6152771_02713d6af862', _chrome),
    'edge': ('t13d1516h2_8daaf6152771_02713d6af862', _edge),
    'firefox': ('t13d1715h2_5b57614c22b0_3d5424432f57', _firefox),
    'safari': ('t13d2014h2_a09f3c656075_14788d8d241b', _safari),
    'ios-safari': ('t13d2014h2_a09f3c656075_e42f34c56612', _ios_safari),
    'android-chrome': ('t13d1516h2_8daaf6152771_d8a2da3f94cd', _android_chrome),
    'openai-python': (ja4('t13d4907h1', 'py-ssl-httpx'), _oa_py),
    'anthropic-python': (ja4('t13d4907h1', 'py-ssl-httpx'), _an_py),
    'python-httpx': (ja4('t13d4907h1', 'py-ssl-httpx'), _httpx),
    'python-requests': (ja4('t13d4907h1', 'py-ssl-urllib3', 'noalpn').replace('h1_', '00_', 1), _requests),
    'aiohttp': (ja4('t13d4908h1', 'py-ssl-aiohttp'), _aiohttp),
    'litellm': (ja4('t13d4907h1', 'py-ssl-httpx'), _litellm),
    'langchain': (ja4('t13d4907h1', 'py-ssl-httpx'), _langchain),
    'openai-node': (ja4('t13d5212h1', 'node-undici'), _oa_js),
    'anthropic-node': (ja4('t13d5212h1', 'node-undici'), _an_js),
    'node-fetch': (ja4('t13d5212h1', 'node-undici'), _undici),
    'axios': (ja4('t13d5211h1', 'node-https-axios'), _axios),
    'go-net-http': (ja4('t13d1312h2', 'go-crypto-tls'), _go),
    'curl': (ja4('t13d3112h2', 'curl-openssl3'), _curl),
    'curl-windows': (ja4('t12d2513h2', 'curl-schannel-win'), _curl_win),
    'powershell': (ja4('t12d2513h2', 'curl-schannel-win', 'ps'), _win_ps),
    'okhttp': (ja4('t13d1614h2', 'okhttp-conscrypt'), _okhttp),
    'android-app': (ja4('t13d1614h2', 'okhttp-conscrypt', 'dalvik'), _android_app),
    'ios-app': ('t13d2014h2_a09f3c656075_e42f34c56612', _ios_app),
    'rust-reqwest': (ja4('t13d0910h2', 'rustls'), _reqwest),
    'java-http': (ja4('t13d3712h2', 'jdk-jsse'), _java),
    'cli-tool': (ja4('t13d4907h1', 'py-ssl-httpx'), _cli),
    'headless-chrome': ('t13d1516h2_8daaf6152771_02713d6af862', _headless),
    # corporate TLS-intercepting proxies: browser / SDK UA, proxy's ClientHello
    'zscaler-chrome': (ja4('t12d1909h2', 'zscaler-ssl-inspect'), _chrome),
    'zscaler-sdk': (ja4('t12d1909h2', 'zscaler-ssl-inspect'), _oa_py),
    'bluecoat-edge': (ja4('t12d2811h1', 'symantec-proxysg'), _edge),
    'paloalto-sdk': (ja4('t13d2109h2', 'panos-decrypt'), _an_py),
    # curl_cffi / utls impersonation: browser-exact ClientHello from a script
    'impersonate-chrome': ('t13d1516h2_8daaf6152771_02713d6af862', _chrome),
    'impersonate-safari': ('t13d2014h2_a09f3c656075_14788d8d241b', _safari),
    'impersonate-firefox': ('t13d1715h2_5b57614c22b0_3d5424432f57', _firefox),
}

ANTH = {'anthropic-python', 'anthropic-node', 'paloalto-sdk'}
OAI = {'openai-python', 'openai-node', 'litellm', 'langchain', 'cli-tool', 'zscaler-sdk'}


def endpoint_for(stack, r):
    if stack in ANTH:
        return '/v1/messages'
    if stack in OAI:
        return '/v1/chat/completions'
    return '/v1/messages' if r.random() < 0.45 else '/v1/chat/completions'


def randomized_ja4(r):
    """A plausible-looking but random JA4 (for operations that randomise their ClientHello)."""
    nc = r.choice([15, 16, 17, 18, 19, 20, 31, 49])
    ne = r.choice([9, 10, 11, 12, 13, 14, 15, 16])
    alpn = r.choice(['h2', 'h2', 'h1'])
    return 't13d%02d%02d%s_%012x_%012x' % (nc, ne, alpn, r.getrandbits(48), r.getrandbits(48))
