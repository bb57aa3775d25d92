# Legitimate personas.
import datetime as dt
from lib import *
from world import compose, MODELS_BIG, MODEL_SMALL, MODEL_THINK, FREE_DOMAINS

TD = dt.timedelta

FOLLOW_CASUAL = ["thanks! can you make it shorter?", "ok but why?", "can you give me an example", "hmm that doesn't sound right",
                 "what about for kids?", "make it funnier", "can you put that in a table", "and in french?", "cool, thanks",
                 "wait, explain the second point again", "is there a cheaper option?", "what would you recommend personally?",
                 "can you say that more simply", "ok. what else should I know", "sources?", "more detail on the last part pls"]
FOLLOW_DEV = ["that throws `TypeError: 'NoneType' object is not subscriptable` on line 14", "can you add type hints",
              "now write unit tests for it", "it works but it's slow on 1M rows, can we vectorize?", "convert this to async",
              "same thing but in TypeScript", "explain what the regex does", "I'm on python 3.8, so no match statements",
              "the build fails with `error[E0502]: cannot borrow` - here's the full error:\n\n```\nerror[E0502]: cannot borrow `self.items` as mutable because it is also borrowed as immutable\n```",
              "ok, and how do I deploy this on k8s?", "refactor into smaller functions please", "add logging and retries",
              "can you review this diff instead?\n\n```diff\n-    for i in range(len(xs)):\n-        total += xs[i]\n+    total = sum(xs)\n```",
              "what's the complexity of that?", "good. now handle the empty-input case", "why did you use a dict there?"]
FOLLOW_WRITER = ["make the tone warmer", "rewrite it in first person", "cut it to 150 words", "give me three alternative titles",
                 "the ending feels rushed, expand it", "more dialogue please", "less purple prose", "continue the story",
                 "can you make the antagonist more sympathetic", "now a version for LinkedIn"]
FOLLOW_RESEARCH = ["can you double-check step 2?", "what assumptions are you making?", "is there a closed form?",
                   "how would you explain this to a first-year student?", "give a counterexample if the claim is false",
                   "cite the relevant theorem", "what if the rate were compounded monthly instead?", "ok now generalize to n items"]

DEV_SNIPPETS = [
    "Why does this pandas code give SettingWithCopyWarning?\n\n```python\ndf2 = df[df.age > 30]\ndf2['flag'] = 1\n```",
    "my docker container exits immediately with code 0, Dockerfile:\n```\nFROM python:3.12-slim\nCOPY . /app\nCMD [\"python\", \"/app/main.py\"]\n```\nwhat am I missing",
    "Write a bash one-liner that finds the 10 largest files under the current dir, human readable sizes",
    "How do I make a Postgres index that speeds up `WHERE lower(email) = $1`?",
    "In React 18 my useEffect runs twice in dev. Is that a bug?",
    "git: I committed to main instead of a feature branch and haven't pushed. How do I move the commit?",
    "Explain the difference between `Arc<Mutex<T>>` and `RwLock` in Rust, when would I pick each",
    "Give me a GitHub Actions workflow that runs pytest on 3.10-3.12 and caches pip",
    "nginx returns 413 for uploads over 1MB, where do I change it",
    "Kotlin coroutines: what's the difference between launch and async?",
    "write a SQL query: monthly active users from events(user_id, ts), last 12 months",
    "How can I profile a slow Node.js express endpoint?",
    "terraform plan wants to recreate my RDS instance after I changed the parameter group, why",
    "Convert this callback code to async/await:\n```js\nfs.readFile(p, (err, data) => { if (err) return cb(err); cb(null, JSON.parse(data)); });\n```",
    "What's a good way to structure a monorepo with pnpm workspaces and shared tsconfig?",
    "Is it safe to use `float` for money in Java? what should I use",
    "Help me write a regex for ISO dates like 2024-02-29 that rejects 2023-02-29 (or is that not possible with regex?)",
    "k8s pod stuck in CrashLoopBackOff, logs say `exec format error`",
    "how do I cancel an in-flight fetch request in the browser",
    "numpy: fastest way to compute pairwise distances between two (N,3) and (M,3) arrays",
]
DEV_FRAMES = ["", "", "", "quick q: ", "I'm stuck on this. ", "At work we need this: ", "For a side project - ", "", "pls help: "]

AGENT_TOOLSETS = [
    ['read_file', 'write_file', 'list_directory', 'run_shell', 'search_code'],
    ['Read', 'Edit', 'Bash', 'Glob', 'Grep', 'WebFetch'],
    ['str_replace_editor', 'bash', 'view_file'],
    ['execute_python', 'read_file', 'write_file'],
    ['git_diff', 'git_log', 'read_file', 'apply_patch', 'run_tests'],
]
AGENT_STEPS = ["Tool result:\n```\n$ pytest -q\n..F.\nFAILED tests/test_api.py::test_pagination - AssertionError: 20 != 25\n```",
               "Tool result: file src/utils/dates.py (112 lines) read OK.", "Tool result:\n```\nM src/server.ts\n?? src/cache.ts\n```",
               "Tool result: 3 matches for `retry_backoff` in lib/http/client.py, lib/http/__init__.py, tests/test_client.py",
               "Tool result: command exited with status 1\nnpm ERR! peer dep missing: react@^18", "Tool result: patch applied cleanly.",
               "Tool result:\n```\nall 214 tests passed in 12.3s\n```", "Tool result: directory listing: README.md, pyproject.toml, src/, tests/, scripts/",
               "continue", "ok go ahead and apply it", "looks good, now run the linter", "Tool result: ruff found 4 issues (E501 x3, F401 x1)"]
AGENT_TASKS = ["Fix the failing pagination test in tests/test_api.py", "Add a Redis-backed cache to the /search endpoint",
               "Upgrade the project from React 17 to 18 and fix breakages", "Find where retry_backoff is configured and make it exponential with jitter",
               "Add input validation to the signup handler", "Write a migration that adds a nullable `archived_at` column to projects",
               "Refactor dates.py to use zoneinfo instead of pytz", "Set up pre-commit with ruff and mypy", "Investigate why the CI job takes 20 minutes",
               "Implement CSV export for the reports page", "Rename the `User.fullname` field to `display_name` across the codebase"]


def casual_prompt(w):
    r = w.rng
    x = r.random()
    if x < 0.45:
        t = r.choice(w.c.hh)
        return t[:r.randint(1, min(4, len(t)))]
    if x < 0.65:
        return [r.choice(w.c.koala)]
    if x < 0.8:
        return [r.choice(w.c.vicuna)]
    if x < 0.9:
        return [Corpora.ui_item(r.choice(w.c.user_or), r)]
    return [r.choice(w.c.arena_other)]


def dev_prompt(w):
    r = w.rng
    x = r.random()
    if x < 0.4:
        return r.choice(DEV_FRAMES) + r.choice(w.c.arena_code)
    if x < 0.7:
        return r.choice(DEV_SNIPPETS)
    g = r.choice(w.c.codegen)
    return r.choice(DEV_FRAMES) + Corpora.gt_item(g)


def code_resp(w, p):
    r = w.rng
    g = r.choice(w.c.codegen)
    return r.choice(FILLER_CODE) + '\n\n```\n' + g['response'][:600] + '\n```'

FILLER_CODE = ["Here's one way to do it:", "The issue is the order of operations. Try this:", "You can simplify this considerably:", "Sure, here's a version:"]


def ipf_of(w, ips, mobile_p=0.0, mobile_group='mobile'):
    r = w.rng
    mob = [w.net.ip(r, mobile_group)] if mobile_p else []
    def f():
        if mob and r.random() < mobile_p:
            if r.random() < 0.3:
                mob.append(w.net.ip(r, mobile_group))
            return r.choice(mob)
        return r.choice(ips)
    return f


# ------------------------------------------------------------------ personas

def casual(w, n, persona='casual', net=None, per=(1, 9), vpn=False):
    r = w.rng
    for _ in range(n):
        country, tz, ips, g = w.home(net)
        if vpn:
            ips = [w.net.ip(r, 'vpn') for _ in range(r.randint(1, 4))]
            country = r.choice([country, 'US', 'DE', 'NL', 'GB', 'CA', 'IR', 'RU', 'CN', 'AE', 'TR'])
        stack = r.choice(['browser_chrome_win'] * 4 + ['browser_chrome_mac', 'browser_safari', 'browser_ios', 'browser_ios', 'browser_android',
                          'browser_android', 'browser_firefox', 'browser_edge', 'mobile_ios_app', 'mobile_okhttp'])
        cl = w.client(stack)
        a = w.account(persona, signup_ip=r.choice(ips), country=country, tier='free' if r.random() < 0.7 else 'build',
                      created=w.start - TD(days=r.uniform(-w.days * 0.8, 500)))
        ipf = ipf_of(w, ips, 0.4 if 'ios' in stack or 'android' in stack or 'mobile' in stack else 0.05)
        k = r.randint(*per)
        done = 0
        while done < k:
            t = w.local_time(tz)
            turns = casual_prompt(w)
            if len(turns) == 1 and r.random() < 0.3:
                turns += r.sample(FOLLOW_CASUAL, r.randint(1, 2))
            turns = turns[:max(1, k - done)]
            w.thread(a, t, cl, ipf, turns, gap=(15, 240), model=r.choice([MODEL_SMALL, MODELS_BIG[0]]),
                     temperature=r.choice([None, None, 0.7, 1.0]), out_fn=lambda i, p: int(r.lognormvariate(5.3, 0.7)))
            done += len(turns)


def writer(w, n, per=(4, 25)):
    r = w.rng
    for _ in range(n):
        country, tz, ips, g = w.home()
        cl = w.client(r.choice(['browser_chrome_mac', 'browser_safari', 'browser_chrome_win', 'browser_firefox', 'anthropic_py', 'openai_js']))
        a = w.account('writer', signup_ip=ips[0], country=country, tier=r.choice(['free', 'build', 'build']))
        sysp = r.choice([None, None, "You are a developmental editor for literary fiction. Be candid.", "You help me write my fantasy novel 'The Salt Archive'. Keep continuity with previous chapters.",
                         "You are a copywriter for a small ceramics shop. Voice: warm, plainspoken, no exclamation marks."])
        k = r.randint(*per)
        done = 0
        while done < k:
            x = r.random()
            if x < 0.4:
                first = Corpora.gt_item(r.choice(w.c.roleplay))
            elif x < 0.7:
                m = r.choice([m for m in w.c.mtbench if m['category'] in ('writing', 'roleplay', 'humanities')])
                first = m['turns'][0]
            else:
                first = Corpora.ui_item(r.choice(w.c.user_or), r)
            turns = [first] + r.sample(FOLLOW_WRITER, r.randint(0, 4))
            w.thread(a, w.local_time(tz), cl, ips[0], turns, gap=(60, 900), system=sysp, temperature=r.choice([0.8, 0.9, 1.0, None]),
                     out_fn=lambda i, p: int(r.lognormvariate(6.3, 0.5)))
            done += len(turns)


def developer(w, n, persona='developer', per=(10, 60), agentic_p=0.3, odd_p=0.2):
    r = w.rng
    for _ in range(n):
        country, tz, ips, g = w.home()
        if r.random() < odd_p:
            # odd stacks: corp TLS interception, curl on windows, mismatched UA/JA4
            kind = r.choice(['zscaler', 'paloalto', 'curl_win', 'powershell', 'mismatch', 'mismatch'])
            if kind in ('zscaler', 'paloalto'):
                cl = w.client(r.choice(['openai_py', 'anthropic_py', 'browser_chrome_win', 'cli_agent']))
                cl['ja4'] = r.choice(JA4[kind])
                ips = w.net.block(r, r.choice(['aws', 'azure', 'gcp']), 3)  # proxy egress sits in a cloud
            elif kind == 'mismatch':
                cl = w.client(r.choice(['mobile_okhttp', 'openai_js', 'browser_safari', 'rust', 'php', 'ruby']))
                cl['ja4'] = r.choice(JA4[r.choice(['httpx', 'go', 'node', 'curl', 'java'])])
            else:
                cl = w.client(kind)
        else:
            cl = w.client(r.choice(['openai_py', 'anthropic_py', 'openai_js', 'anthropic_js', 'cli_agent', 'cli_agent', 'curl', 'browser_chrome_mac',
                                    'langchain', 'openai_go', 'rust', 'requests', 'anthropic_go', 'openai_java', 'openai_dotnet', 'postman']))
        a = w.account(persona, signup_ip=ips[0], country=country, tier=r.choice(['build', 'build', 'scale', 'free']),
                      email=r.choice(FREE_DOMAINS + ['%s.io' % hexid(r, 5), '%s.dev' % hexid(r, 4)]), n_keys=r.randint(1, 3))
        ipf = ipf_of(w, ips, 0.1)
        k = r.randint(*per)
        done = 0
        hours = r.choice([HUMAN_HOURS, OFFICE_HOURS, STUDENT_HOURS])
        while done < k:
            t = w.local_time(tz, hours)
            if r.random() < agentic_p:
                tools = r.choice(AGENT_TOOLSETS)
                steps = [r.choice(AGENT_TASKS)] + [r.choice(AGENT_STEPS) for _ in range(r.randint(3, 25))]
                sysp = r.choice(["You are a coding agent operating in the user's repository. Use tools to inspect before editing.",
                                 "You are an autonomous software engineer. Prefer small, verifiable changes.", None])
                w.thread(a, t, cl, ipf, steps, gap=(2, 40), system=sysp, tools=tools, stream=True, model=MODELS_BIG[0],
                         out_fn=lambda i, p: int(r.lognormvariate(5.0, 0.9)), max_tokens=r.choice([8192, 16384, 32000]),
                         reasoning=None if r.random() < 0.5 else r.randint(200, 3000), resp_fn=lambda i, p: code_resp(w, p))
                done += len(steps)
            else:
                turns = [dev_prompt(w)] + r.sample(FOLLOW_DEV, r.randint(0, 5))
                w.thread(a, t, cl, ipf, turns, gap=(20, 600), system=r.choice([None, None, "You are a senior engineer. Be terse."]),
                         temperature=r.choice([None, 0, 0.2, 0.7]), out_fn=lambda i, p: int(r.lognormvariate(6.0, 0.7)),
                         resp_fn=lambda i, p: code_resp(w, p), model=r.choice(MODELS_BIG + [MODEL_THINK]))
                done += len(turns)


def researcher(w, n, per=(8, 40)):
    r = w.rng
    frames = ["Walk me through this step by step: ", "Can you reason through this carefully and show each step? ", "Explain your reasoning in detail. ",
              "I'm preparing lecture notes; derive the answer step by step.\n\n", "Think it through before answering: ", "", "Sanity check my intuition here. "]
    for _ in range(n):
        country, tz, ips, g = w.home(r.choice(['res_us', 'res_eu', 'res_asia', None]))
        uni = r.random() < 0.5
        if uni:
            ips = [w.net.ip(r, 'university')]
        cl = w.client(r.choice(['browser_chrome_mac', 'browser_firefox', 'anthropic_py', 'openai_py', 'browser_safari']))
        a = w.account('researcher', signup_ip=ips[0], country=country, tier=r.choice(['build', 'free', 'scale']),
                      email=r.choice(['%s.edu' % r.choice(['stanford', 'cmu', 'mit', 'umich', 'utexas', 'ucsd', 'gatech']),
                                      '%s.ac.uk' % r.choice(['ox', 'cam', 'ucl', 'ed']), 'ethz.ch', 'mpi-inf.mpg.de', 'gmail.com']))
        k = r.randint(*per)
        done = 0
        while done < k:
            x = r.random()
            if x < 0.4:
                it = r.choice(w.c.gsm_train + w.c.gsm_test)
                first = r.choice(frames) + it['question']
                resp = clean_gsm(it['answer'])
            elif x < 0.75:
                first = r.choice(frames) + r.choice(w.c.arena_all)
                resp = None
            else:
                m = r.choice([m for m in w.c.mtbench if m['category'] in ('math', 'reasoning', 'stem')])
                first = m['turns'][0]
                resp = None
            turns = [first] + r.sample(FOLLOW_RESEARCH, r.randint(0, 3))
            w.thread(a, w.local_time(tz), cl, ips[0], turns, gap=(60, 1200), model=r.choice([MODEL_THINK, MODELS_BIG[0]]),
                     reasoning=r.randint(500, 8000), max_tokens=r.choice([4096, 8192, 16000]), out_fn=lambda i, p: int(r.lognormvariate(6.4, 0.5)),
                     resp_fn=(lambda i, p, resp=resp: resp if i == 0 else None))
            done += len(turns)


def data_hobbyist(w, n, per=(20, 70)):
    """Home users generating small synthetic datasets for fine-tuning hobby models."""
    r = w.rng
    for _ in range(n):
        country, tz, ips, g = w.home()
        cl = w.client(r.choice(['openai_py', 'requests', 'httpx', 'aiohttp', 'anthropic_py']))
        a = w.account('data-hobbyist', signup_ip=ips[0], country=country, tier='build')
        style = r.random()
        k = r.randint(*per)
        # a hobbyist runs a script a few evenings
        nights = r.sample(range(w.days), min(w.days, r.randint(1, 4)))
        per_night = max(1, k // len(nights))
        for d in nights:
            t = w.local_time(tz, HUMAN_HOURS, day=d)
            for j in range(per_night):
                if style < 0.4:
                    ex = r.sample(w.c.seed, 3)
                    p = w.c.alpaca.split('List of 20 tasks:')[0] + 'List of 20 tasks:\n' + '\n'.join(
                        '%d. Instruction: %s\n%d. Input:\n%s\n%d. Output:\n%s' % (i + 1, e['instruction'], i + 1, e['instances'][0]['input'] or '<noinput>', i + 1, e['instances'][0]['output'][:300]) for i, e in enumerate(ex))
                    out = r.randint(1200, 2600)
                elif style < 0.7:
                    s = r.choice(w.c.seed)
                    p = 'Write 5 new examples similar to this one, as JSON lines with fields instruction/input/output.\n\nExample:\n' + s['instruction'] + '\n' + (s['instances'][0]['input'] or '')
                    out = r.randint(500, 1200)
                else:
                    item = r.choice(w.c.roleplay)
                    p = 'Generate a dialogue dataset entry. Scenario: ' + item['instruction']
                    out = r.randint(300, 900)
                w.emit(a, t, cl, ips[0], p, out=out, temperature=r.choice([0.7, 0.9, 1.0]), model=r.choice([MODEL_SMALL, MODELS_BIG[0]]), stream=False)
                t += TD(seconds=r.uniform(4, 40))


def vpn_user(w, n, per=(2, 14)):
    casual(w, n, persona='vpn-user', per=per, vpn=True)


def campus_nat(w, n, uni_name, per=(1, 12), homework=None):
    """Hundreds of students behind one university NAT."""
    r = w.rng
    nat = w.net.block(r, 'university', 6)
    country = r.choice(['US', 'GB', 'DE', 'KR', 'IN', 'CA'])
    tz = w.tz_for(country)
    for _ in range(n):
        cl = w.client(r.choice(['browser_chrome_win', 'browser_chrome_mac', 'browser_safari', 'browser_ios', 'browser_android', 'browser_firefox', 'browser_edge', 'openai_py']))
        a = w.account('campus-nat', signup_ip=r.choice(nat), country=country, tier='free', email=uni_name,
                      created=w.start - TD(days=r.uniform(-w.days * 0.5, 300)))
        home = w.net.ip(r, r.choice(['res_us', 'mobile']))
        k = r.randint(*per)
        done = 0
        while done < k:
            t = w.local_time(tz, STUDENT_HOURS)
            local_h = (t.hour + tz) % 24
            ip = r.choice(nat) if 8 <= local_h <= 18 or r.random() < 0.5 else home
            x = r.random()
            if x < 0.5:
                turns = casual_prompt(w)
            elif x < 0.75:
                turns = [dev_prompt(w)] + r.sample(FOLLOW_DEV, r.randint(0, 2))
            else:
                it = r.choice(w.c.gsm_train)
                turns = [r.choice(['', 'how do i solve this: ', 'help with this problem\n', 'explain step by step: ']) + it['question']]
            w.thread(a, t, cl, ip, turns, gap=(20, 300), model=r.choice([MODEL_SMALL, MODELS_BIG[0]]))
            done += len(turns)


def classroom(w, n, course, uni_email, items, wrapper, deadline_day, system=None, kind='math'):
    """A class: students share the teacher's wrapper and the same homework items, bursty before the deadline."""
    r = w.rng
    nat = w.net.block(r, 'university', 4)
    country = r.choice(['US', 'US', 'GB', 'CA', 'AU', 'IN'])
    tz = w.tz_for(country)
    signup = w.start + TD(days=r.uniform(-20, -3))
    for _ in range(n):
        cl = w.client(r.choice(['browser_chrome_win', 'browser_chrome_mac', 'browser_safari', 'browser_chrome_linux', 'browser_ios', 'openai_py', 'browser_firefox']))
        home = w.net.ip(r, r.choice(['res_us', 'res_us', 'mobile', 'res_eu']))
        a = w.account('classroom', signup_ip=r.choice(nat), country=country, tier='free', email=uni_email,
                      created=signup + TD(minutes=r.uniform(0, 90)))
        mine = r.sample(items, r.randint(max(1, len(items) // 2), len(items)))
        for it in mine:
            # most work happens in the 36h before the deadline
            if r.random() < 0.75:
                t = w.start + TD(days=deadline_day) - TD(hours=tz) - TD(hours=r.triangular(0, 36, 2))
            else:
                t = w.local_time(tz, STUDENT_HOURS, hi=max(1, deadline_day))
            ip = r.choice(nat) if r.random() < 0.45 else home
            q = it['question'] if kind == 'math' else it['prompt']
            p = wrapper.replace('{Q}', q)
            turns = [p] + r.sample(["I don't get step 2", "why multiply there?", "is my answer of 42 right?", "can you check my work",
                                     "what concept is this testing", "ok thanks", "can you give a similar practice problem"], r.randint(0, 2))
            w.thread(a, t, cl, ip, turns, gap=(30, 400), system=system, model=MODEL_SMALL, temperature=None,
                     resp_fn=(lambda i, p, it=it: clean_gsm(it['answer']) if kind == 'math' and i == 0 else None))


def enterprise(w, name, n, egress, system, stack, per=(30, 90), hours=OFFICE_HOURS, country='US', content='support', privacy=False,
               tools=None, verified=True, tier='enterprise', model=None, temperature=0.2, persona='verified-enterprise', reasoning=False):
    r = w.rng
    org = 'org_' + hexid(r, 10)
    card = w.card()
    ips = w.net.block(r, egress, r.randint(2, 6))
    t0 = w.start - TD(days=r.uniform(30, 400))
    tz = w.tz_for(country)
    dom = name.lower().replace(' ', '') + r.choice(['.com', '.io', '.co', '.de', '.ai'])
    accs = []
    for i in range(n):
        cl = w.client(stack)
        a = w.account(persona, org=org, email=dom, card=card, signup_ip=ips[0], country=country, tier=tier, verified=verified,
                      created=t0 + TD(seconds=r.uniform(0, 600)), n_keys=r.randint(1, 2))
        accs.append((a, cl))
    for a, cl in accs:
        k = r.randint(*per)
        for j in range(k):
            t = w.local_time(tz, hours)
            x = r.random()
            if content == 'support':
                p = support_msg(w)
                out = int(r.lognormvariate(5.2, 0.5))
            elif content == 'codeassist':
                p = dev_prompt(w)
                out = int(r.lognormvariate(6.0, 0.6))
            elif content == 'extract':
                p = extract_msg(w)
                out = int(r.lognormvariate(4.8, 0.4))
            elif content == 'tutor':
                it = r.choice(w.c.gsm_train)
                p = r.choice(["Student question: ", "Learner asks: ", "", "Q: "]) + it['question']
                out = int(r.lognormvariate(5.6, 0.4))
            elif content == 'translate':
                src = r.choice(w.c.koala + w.c.vicuna)
                p = 'Translate into %s, preserve formatting:\n\n%s' % (r.choice(['German', 'Japanese', 'Brazilian Portuguese', 'French', 'Korean', 'Spanish (LatAm)']), src)
                out = int(ntok(src) * r.uniform(1.0, 1.5)) + 5
            else:
                p = casual_prompt(w)[0]
                out = None
            if tools and r.random() < 0.6:
                turns = [p] + [r.choice(["Tool result: {\"order_id\": \"%s\", \"status\": \"shipped\"}" % hexid(r, 8), "Tool result: {\"found\": false}",
                                         "Tool result: ticket #%d updated" % r.randint(10000, 99999), "Tool result: {\"balance\": %0.2f}" % r.uniform(0, 900)]) for _ in range(r.randint(1, 3))]
                w.thread(a, t, cl, lambda: r.choice(ips), turns, gap=(0.5, 4), system=system, tools=tools, model=model or MODELS_BIG[0],
                         temperature=temperature, privacy=privacy, out_fn=lambda i, p: out or 200, err=0.01)
            else:
                w.emit(a, t, cl, r.choice(ips), p, system=system, model=model or MODELS_BIG[0], temperature=temperature, out=out,
                       privacy=privacy, err=0.01, reasoning=r.randint(100, 1500) if reasoning else None)
    return org


SUPPORT_ISSUES = ["my order hasn't arrived and tracking hasn't updated in 6 days", "I was charged twice for the same subscription",
                  "how do I change the email on my account", "the app crashes when I open settings on Android 14", "can I return an item I bought on sale?",
                  "your website says in stock but checkout says unavailable", "I need an invoice with my company VAT number", "password reset email never arrives",
                  "do you ship to Norway?", "the discount code SPRING20 doesn't work", "I want to cancel but can't find the button", "the size chart seems off, I'm 178cm"]

def support_msg(w):
    r = w.rng
    return compose(r, ["", "Customer (chat): ", "Incoming email from customer:\n", "[ticket] "], ["hi ", "hello, ", "", "HELP - ", "Good morning. "],
                   SUPPORT_ISSUES, ["", ". thanks", "!!", ". Order #%d" % r.randint(100000, 999999), ". this is the third time I'm asking"])


def extract_msg(w):
    r = w.rng
    src = r.choice(w.c.koala + w.c.arena_other + [Corpora.ui_item(x, r) for x in r.sample(w.c.user_or, 2)])
    return 'Extract the fields {topic, intent, language, contains_pii} from the following text and answer in JSON only.\n\n"""\n%s\n"""' % src[:1500]


def eval_harness(w, lab, n_acc, bench, runs, egress='gcp', verified=True, stack='requests', sys=None, temperature=0.0, model=None, email=None, reasoning=False):
    """A lab running benchmarks repeatedly, around the clock, from cloud machines."""
    r = w.rng
    org = 'org_' + hexid(r, 10)
    card = w.card()
    ips = w.net.block(r, egress, 4)
    accs = [w.account('eval-harness', org=org, email=email or lab, card=card, signup_ip=ips[0], country='US', tier='scale', verified=verified,
                      created=w.start - TD(days=r.uniform(60, 300)) + TD(seconds=i * 40), n_keys=r.randint(1, 4)) for i in range(n_acc)]
    cls = [w.client(stack) for _ in accs]
    for run in range(runs):
        a_i = run % n_acc if run < n_acc else r.randrange(n_acc)
        a, cl = accs[a_i], cls[a_i]
        t = w.start + TD(seconds=r.uniform(0, w.days * 86400 - 7200))
        items = bench[:]
        if r.random() < 0.5:
            items = r.sample(items, max(20, len(items) // r.randint(2, 6)))
        mdl = model or r.choice(MODELS_BIG + [MODEL_SMALL, MODEL_THINK])
        conc = r.randint(4, 16)
        for j, (p, resp) in enumerate(items):
            tt = t + TD(seconds=(j // conc) * r.uniform(3, 12) + r.uniform(0, 2))
            w.emit(a, tt, cl, r.choice(ips), p, system=sys, model=mdl, temperature=temperature, max_tokens=r.choice([1024, 2048, 4096]) if not reasoning else 16000,
                   stream=False, out=int(r.lognormvariate(5.4, 0.5)), response=resp, err=0.04,
                   reasoning=r.randint(300, 6000) if (reasoning or mdl == MODEL_THINK) else None)
    return org


def startup_app(w, n_orgs, users_per=(2, 6)):
    """Small unverified orgs: a few keys, cloud backend, one product system prompt, traffic is their end-users'."""
    r = w.rng
    apps = [("You are Sprout, a friendly gardening assistant. Answer only gardening questions.", 'casual'),
            ("You are the assistant inside LedgerLite. Help small-business owners with bookkeeping questions. Never give tax advice.", 'casual'),
            ("You write product descriptions for e-commerce listings. Output 80-120 words.", 'casual'),
            ("You are a Socratic math tutor for middle schoolers. Never give the final answer directly.", 'tutor'),
            ("You are a code review bot. Comment on the diff the user pastes.", 'codeassist'),
            ("You summarise customer interviews into 5 bullet points.", 'extract'),
            ("You are a travel planner. Ask clarifying questions before proposing an itinerary.", 'casual')]
    for i in range(n_orgs):
        sysp, content = r.choice(apps)
        enterprise(w, 'startup%s' % hexid(r, 4), r.randint(*users_per), r.choice(['aws', 'gcp', 'do', 'hetzner', 'azure']), sysp,
                   r.choice(['openai_js', 'openai_py', 'anthropic_js', 'go', 'node', 'php', 'ruby']), per=(10, 60), hours=FLAT_HOURS if r.random() < 0.5 else HUMAN_HOURS,
                   country=r.choice(['US', 'DE', 'GB', 'IN', 'BR', 'FR']), content=content, verified=False, tier='build', persona='startup-app',
                   temperature=r.choice([0.3, 0.7, None]))
