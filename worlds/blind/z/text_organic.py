"""Prompt text for legitimate customers. Real corpora where they fit, plus templated everyday, developer,
writer, research, teaching, data-work and enterprise-application text written for this generator."""
import re

from common import pick, wchoice

# ----------------------------------------------------------------------------- light human noise
CASUAL_LEADS = ["", "", "", "", "hey, ", "hi! ", "quick question: ", "ok so ", "Hello. ", "hmm ", "pls help: ",
                "Can you help me? ", "I have a question. ", "so ", "Hi there, ", "yo ", "Good morning! "]
CASUAL_TAILS = ["", "", "", "", " thanks", " thx", " Thanks in advance!", " :)", " (keep it short)",
                " — be honest", " please", " ty", " Explain like I'm 12.", " in simple words pls"]


def humanize(rng, text, level=0.5):
    """Casual rewrite noise: leads/tails, lowercasing, dropped final punctuation, the odd typo."""
    t = text.strip()
    if rng.random() < level * 0.5:
        t = pick(rng, CASUAL_LEADS) + (t[0].lower() + t[1:] if len(t) > 1 and rng.random() < 0.5 else t)
    if rng.random() < level * 0.35 and t.endswith((".", "?")):
        t = t[:-1]
    if rng.random() < level * 0.25:
        t = t.lower()
    if rng.random() < level * 0.3 and len(t) > 30:
        i = rng.randrange(5, len(t) - 5)
        if t[i].isalpha() and t[i + 1].isalpha():
            t = t[:i] + t[i + 1] + t[i] + t[i + 2:]
    if rng.random() < level * 0.4:
        t = t + pick(rng, CASUAL_TAILS)
    return t


# ----------------------------------------------------------------------------- everyday asks
EVERYDAY = [
    "What can I cook tonight with {ingr1}, {ingr2} and some {ingr3}? I have about {mins} minutes.",
    "Plan a {n}-day trip to {city} for {who} on a {budget} budget.",
    "Write a short, warm message to my {rel} for their {occasion}.",
    "My {rel} and I keep arguing about {topic}. How do I bring it up without a fight?",
    "Is it normal for a {pet} to {petthing}? Should I worry?",
    "Explain {concept} to me like I'm new to it.",
    "Gift ideas for a {age}-year-old who likes {hobby}, under ${price}?",
    "Help me write a polite email to my landlord about {issue}.",
    "What's the difference between {a} and {b}?",
    "Give me a {n}-week beginner plan for {goal}.",
    "Draft a cover letter opening for a {job} position. I have {yrs} years in {field}.",
    "Summarize the pros and cons of {choice}.",
    "My {appliance} is making a {noise} noise. What could it be?",
    "How do I politely decline {invite}?",
    "Suggest names for my {thing}. It's {vibe}.",
    "Can you make a grocery list for a week of {diet} meals for {people} people?",
    "How should I prepare for a {interview} interview next {day}?",
    "Translate this into {lang} but keep it casual: \"{phrase}\"",
    "Rewrite this text so it sounds more professional: {phrase}",
    "Why does {phenomenon}?",
    "What are good {genre} books similar to {book}?",
    "I've got {mins} minutes a day. How can I learn {skill} realistically?",
]
SLOTS = {
    "ingr1": ["chickpeas", "leftover rice", "two eggs", "spinach", "a can of tuna", "tofu", "ground turkey",
              "sweet potatoes", "halloumi", "frozen shrimp", "lentils", "mushrooms"],
    "ingr2": ["an onion", "feta", "tomatoes", "a lemon", "coconut milk", "bell peppers", "garlic", "zucchini",
              "kimchi", "black beans"],
    "ingr3": ["cumin", "soy sauce", "pasta", "tortillas", "parmesan", "ginger", "curry paste", "bread"],
    "mins": ["20", "30", "45", "15", "60"],
    "n": ["3", "4", "5", "7", "10", "2"],
    "city": ["Lisbon", "Kyoto", "Mexico City", "Edinburgh", "Vancouver", "Hanoi", "Seville", "Chicago", "Istanbul",
             "Cape Town", "Prague", "Seoul", "Buenos Aires", "Marrakech", "Oslo"],
    "who": ["two adults", "a family with a toddler", "a solo traveler", "a couple in their 60s", "three friends"],
    "budget": ["tight", "moderate", "$1500", "mid-range", "backpacker"],
    "rel": ["sister", "dad", "best friend", "coworker", "grandma", "partner", "neighbor", "manager", "son"],
    "occasion": ["birthday", "retirement", "graduation", "new job", "recovery after surgery", "wedding anniversary"],
    "topic": ["chores", "money", "screen time for the kids", "where to spend the holidays", "his mother visiting"],
    "pet": ["cat", "dog", "rabbit", "parakeet", "bearded dragon", "puppy"],
    "petthing": ["sleep 18 hours a day", "eat grass", "sneeze a lot", "hide under the bed after we moved",
                 "drink way more water than usual"],
    "concept": ["inflation", "how vaccines work", "compound interest", "the electoral college", "black holes",
                "index funds", "how a mortgage works", "photosynthesis", "what an API is", "blockchain",
                "the stock market", "sleep cycles", "carbon offsets"],
    "age": ["7", "12", "15", "30", "45", "70"],
    "hobby": ["birdwatching", "baking", "Minecraft", "rock climbing", "vinyl records", "knitting", "astronomy"],
    "price": ["25", "40", "50", "100"],
    "issue": ["a leaking tap that's been ignored for 3 weeks", "mold in the bathroom", "a rent increase",
              "noisy upstairs neighbors", "the broken heating"],
    "a": ["a Roth IRA", "baking soda", "an LLC", "HIIT", "a virus", "weather", "latte", "UI"],
    "b": ["a traditional IRA", "baking powder", "a sole proprietorship", "steady cardio", "a bacterium", "climate",
          "flat white", "UX"],
    "goal": ["running a 5k", "learning guitar", "strength training", "learning Spanish", "meditation",
             "drawing faces"],
    "job": ["product manager", "nurse practitioner", "data analyst", "barista", "junior developer",
            "marketing coordinator", "lab technician"],
    "yrs": ["2", "3", "5", "8", "12"],
    "field": ["retail", "healthcare", "logistics", "customer support", "teaching", "hospitality"],
    "choice": ["renting vs buying in a big city", "going back to school at 35", "electric vs hybrid cars",
               "freelancing full-time", "moving closer to family"],
    "appliance": ["dishwasher", "fridge", "washing machine", "furnace", "car"],
    "noise": ["clicking", "grinding", "humming", "rattling", "high-pitched"],
    "invite": ["a wedding I can't afford", "my boss's dinner party", "a group trip", "a second date"],
    "thing": ["bakery", "podcast", "D&D party", "Etsy shop", "fantasy football team", "newsletter", "cat"],
    "vibe": ["cozy and a bit nerdy", "minimal and modern", "funny", "elegant", "rustic"],
    "diet": ["vegetarian", "high-protein", "low-FODMAP", "cheap", "Mediterranean", "kid-friendly"],
    "people": ["2", "4", "1", "5"],
    "interview": ["behavioral", "technical", "panel", "final-round", "phone screening"],
    "day": ["Monday", "Tuesday", "week", "Thursday"],
    "lang": ["Spanish", "French", "German", "Japanese", "Portuguese", "Italian", "Korean"],
    "phrase": ["hey, just checking if you got my last message about the invoice",
               "sorry I'm late, traffic was a nightmare", "can we move our call to tomorrow?",
               "thanks so much for the help last week, really appreciated it",
               "we need the report by friday or the client will lose it"],
    "phenomenon": ["the sky turn red at sunset", "bread go stale faster in the fridge", "my ears pop on planes",
                   "ice float", "cats purr", "the moon look bigger near the horizon"],
    "genre": ["sci-fi", "mystery", "fantasy", "historical fiction", "nonfiction"],
    "book": ["Project Hail Mary", "The Name of the Wind", "Gone Girl", "Sapiens", "Pachinko", "Dune"],
    "skill": ["Python", "touch typing", "sketching", "Japanese", "basic accounting", "chess"],
}


def fill(rng, tmpl, extra=None):
    def rep(m):
        k = m.group(1)
        if extra and k in extra:
            v = extra[k]
            return pick(rng, v) if isinstance(v, list) else v
        if k in SLOTS:
            return pick(rng, SLOTS[k])
        return m.group(0)
    return re.sub(r"\{(\w+)\}", rep, tmpl)


def everyday(rng):
    return fill(rng, pick(rng, EVERYDAY))


def user_oriented(rng, C):
    x = pick(rng, C.userinst)
    inst = x["instruction"]
    inp = pick(rng, x["instances"]).get("input", "") if x.get("instances") else ""
    if inp:
        sep = pick(rng, ["\n\n", "\n", "\n\nText: ", "\nHere it is:\n", ": "])
        return inst + sep + inp
    return inst


def casual_first(rng, C):
    """A casual user's opening message + optional scripted follow-ups (from real multi-turn data)."""
    src = wchoice(rng, [("hh", 28), ("koala", 14), ("vicuna", 8), ("every", 30), ("mt", 6), ("uo", 10),
                        ("arena", 4)])
    if src == "hh":
        turns = pick(rng, C.hh)
        return [humanize(rng, t, 0.2) for t in turns[:6]]
    if src == "koala":
        return [humanize(rng, pick(rng, C.koala), 0.4)]
    if src == "vicuna":
        return [humanize(rng, pick(rng, C.vicuna), 0.6)]
    if src == "mt":
        q = pick(rng, C.mtbench)
        return [humanize(rng, t, 0.3) for t in q["turns"]]
    if src == "uo":
        return [user_oriented(rng, C)]
    if src == "arena":
        return [pick(rng, C.arena_other)]
    return [humanize(rng, everyday(rng), 0.6)]


FOLLOWUPS = ["can you make it shorter?", "Thanks! What about {x}?", "ok, and why is that?", "Give me another option.",
             "Can you put that in a table?", "that doesn't sound right to me", "perfect, thank you",
             "Could you explain the second point more?", "What would you do in my position?",
             "now make it sound less formal", "Any sources I could read?", "And if I only had half the budget?",
             "hmm, try again but more specific", "can you give an example?", "ok but in bullet points",
             "great. one more: {x}", "what are the risks?", "Summarize all of this in 3 sentences."]
FU_X = ["weekends", "a beginner", "the cheaper version", "kids", "winter", "a smaller city", "next month",
        "my manager", "if I'm vegetarian", "doing it alone"]


def followup(rng):
    return humanize(rng, fill(rng, pick(rng, FOLLOWUPS), {"x": FU_X}), 0.6)


# ----------------------------------------------------------------------------- developers
LANGS = ["Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "SQL", "Bash", "C++", "Ruby", "PHP",
         "Swift", "JavaScript", "Scala", "Elixir"]
DEV_TASKS = ["parse a large CSV without loading it all into memory", "retry HTTP calls with exponential backoff",
             "debounce a function", "read environment variables with defaults", "write a unit test for a function "
             "that calls an external API", "stream a file upload to S3", "paginate results from a REST API",
             "validate an email address properly", "deduplicate a list while keeping order",
             "run tasks concurrently with a limit of 5 at a time", "serialize a dataclass to JSON",
             "implement an LRU cache", "handle graceful shutdown on SIGTERM", "parse ISO 8601 dates with timezones",
             "generate a UUIDv7", "compare two JSON documents and print the differences", "tail a log file",
             "hash passwords correctly", "connect to Postgres with a connection pool", "mock time in tests",
             "write a simple rate limiter", "compress a directory into a zip", "read a YAML config",
             "build a CLI with subcommands", "do a left join and fill missing values"]
ERRORS = [("TypeError: 'NoneType' object is not subscriptable", "Python"),
          ("error[E0502]: cannot borrow `self.items` as mutable because it is also borrowed as immutable", "Rust"),
          ("Uncaught TypeError: Cannot read properties of undefined (reading 'map')", "JavaScript"),
          ("panic: assignment to entry in nil map", "Go"),
          ("java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"s\" is null", "Java"),
          ("ERROR: duplicate key value violates unique constraint \"users_email_key\"", "SQL"),
          ("ModuleNotFoundError: No module named 'src'", "Python"),
          ("TS2345: Argument of type 'string | undefined' is not assignable to parameter of type 'string'.",
           "TypeScript"),
          ("fatal error: all goroutines are asleep - deadlock!", "Go"),
          ("System.InvalidOperationException: Sequence contains no elements", "C#"),
          ("RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB", "Python"),
          ("Segmentation fault (core dumped)", "C++"),
          ("sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"localhost\" "
           "(127.0.0.1), port 5432 failed: Connection refused", "Python"),
          ("Error: listen EADDRINUSE: address already in use :::3000", "JavaScript"),
          ("KeyError: 'created_at'", "Python"),
          ("Warning: Each child in a list should have a unique \"key\" prop.", "JavaScript"),
          ("cannot use x (variable of type int) as string value in argument to fmt.Println", "Go"),
          ("ValueError: setting an array element with a sequence.", "Python")]
SNIPPETS = {
    "Python": ["def load(path):\n    with open(path) as f:\n        rows = [json.loads(l) for l in f]\n    return rows[0]['items']",
               "for i, row in enumerate(df.itertuples()):\n    out[row.id] = row.value * weights[i]",
               "async def fetch_all(urls):\n    async with aiohttp.ClientSession() as s:\n        return [await s.get(u) for u in urls]",
               "class Cache:\n    def __init__(self):\n        self.d = {}\n    def get(self, k):\n        return self.d.get(k)['value']"],
    "JavaScript": ["const items = data.results.map(r => r.name);\nsetState(items);",
                   "app.get('/api/users/:id', async (req, res) => {\n  const u = await db.find(req.params.id);\n  res.json(u.profile);\n});",
                   "useEffect(() => {\n  fetch(url).then(r => r.json()).then(setRows);\n}, []);"],
    "TypeScript": ["function greet(name?: string) {\n  return format(name);\n}",
                   "const cfg: Config = { port: process.env.PORT, host: 'localhost' };"],
    "Go": ["var counts map[string]int\nfor _, w := range words {\n    counts[w]++\n}",
           "ch := make(chan int)\nch <- 1\nfmt.Println(<-ch)"],
    "Rust": ["for item in self.items.iter() {\n    if item.expired() {\n        self.items.remove(0);\n    }\n}"],
    "Java": ["String s = map.get(key);\nreturn s.length() > 0;"],
    "SQL": ["INSERT INTO users (email, name) VALUES ($1, $2);", "SELECT u.id, count(o.id)\nFROM users u LEFT JOIN orders o ON o.user_id = u.id\nWHERE o.created_at > now() - interval '30 days'\nGROUP BY u.id;"],
    "C#": ["var first = orders.Where(o => o.Total > 100).First();"],
    "C++": ["int* p = nullptr;\nstd::vector<int> v(10);\nv[12] = *p;"],
}
DEV_OPENERS = ["", "", "", "In {lang}, ", "Using {lang}: ", "{lang} question - ", "Working in {lang}. "]
DEV_ASKS = ["how do I {task}?", "what's the idiomatic way to {task}?", "show me how to {task}, with a short example",
            "best practice to {task} in production?", "I need to {task}. Keep it minimal.",
            "what's the cleanest way to {task}? I'm on a deadline"]
REVIEW_ASKS = ["Can you review this and point out bugs or edge cases?", "Refactor this to be more readable:",
               "Why is this slow?", "Add type hints and docstrings to this:", "Write tests for this function:",
               "Explain what this does line by line:", "Is this thread-safe?", "Convert this to {lang2}:"]
CONFIGS = ["Write a docker-compose.yml for a Postgres + Redis + Node API stack with healthchecks.",
           "GitHub Actions workflow that runs pytest on 3.11 and 3.12 and caches pip — can you write it?",
           "k8s: my pod is in CrashLoopBackOff, logs say 'exec format error'. What's going on?",
           "nginx config to reverse proxy /api to localhost:8080 and serve a SPA from /var/www",
           "git: I committed to main instead of a feature branch and haven't pushed. How do I move the commit?",
           "Write a regex that matches semantic versions like 1.2.3, 1.2.3-beta.1 and 1.2.3+build.5",
           "Terraform: how do I import an existing S3 bucket into state?",
           "Makefile that builds a Go binary for linux/amd64 and darwin/arm64",
           "Postgres query is slow (seq scan on 40M rows). EXPLAIN attached below. What index would help?\n\nSeq Scan on events  (cost=0.00..912345.00 rows=1200 width=64)\n  Filter: ((account_id = 42) AND (created_at > '2026-01-01'::date))",
           "bash one-liner to find the 20 largest files under the current directory, human readable"]


def dev_question(rng, C):
    k = wchoice(rng, [("howto", 30), ("error", 22), ("review", 15), ("config", 12), ("arena", 12),
                      ("codegen", 6), ("he", 3)])
    lang = pick(rng, LANGS)
    if k == "howto":
        op = fill(rng, pick(rng, DEV_OPENERS), {"lang": lang})
        ask = fill(rng, pick(rng, DEV_ASKS), {"task": DEV_TASKS})
        return humanize(rng, op + ask, 0.3), "code"
    if k == "error":
        err, lang = pick(rng, ERRORS)
        snip = pick(rng, SNIPPETS.get(lang, SNIPPETS["Python"]))
        lead = pick(rng, ["Getting this error:", "why am I getting", "Help, this fails with", "Stuck on:",
                          "Any idea what causes this?", "my build/test is failing:"])
        code_intro = pick(rng, ["\n\nCode:\n", "\n\nhere's the relevant part:\n", "\n\n", "\nsnippet:\n"])
        return "%s\n\n%s%s```%s\n%s\n```" % (lead, err, code_intro, lang.lower(), snip), "code"
    if k == "review":
        code = pick(rng, C.codegen)["response"]
        ask = fill(rng, pick(rng, REVIEW_ASKS), {"lang2": LANGS})
        return "%s\n\n```\n%s\n```" % (ask, code), "code"
    if k == "config":
        return pick(rng, CONFIGS), "code"
    if k == "arena":
        return pick(rng, C.arena_code), "code"
    if k == "codegen":
        x = pick(rng, C.codegen)
        return humanize(rng, x["instruction"] + ((" " + x["input"]) if x["input"] else ""), 0.5), "code"
    he = pick(rng, C.humaneval)
    return pick(rng, ["finish this function for me:\n\n", "What's wrong with my approach? I need to implement:\n\n",
                      "Implement this (interview practice):\n\n"]) + he["prompt"], "code"


DEV_FOLLOW = ["that didn't work, same error", "ok now it compiles but the test fails with an off-by-one",
              "can you do it without the extra dependency?", "what about Windows?", "make it async",
              "perfect. now add logging", "why did you use a lock there?", "now write the tests",
              "can you explain the complexity?", "the API returns 204 sometimes, handle that too",
              "shorter please, I just need the function", "we're on Python 3.8 so no match statement",
              "it's still slow with 10M rows", "ok but that leaks the file handle no?"]

# ----------------------------------------------------------------------------- agentic coding sessions
AGENT_TOOLSETS = [
    ["read_file", "edit_file", "create_file", "run_command", "search_files", "list_dir"],
    ["read_file", "edit_file", "create_file", "run_command", "search_files", "list_dir", "web_fetch", "todo_write"],
    ["view", "str_replace", "create", "bash", "grep", "glob"],
    ["shell", "apply_patch", "read", "search"],
]
AGENT_TASKS = ["add pagination to the /orders endpoint and update the tests",
               "the CI is red on main, figure out why and fix it", "migrate the settings module from ini to pydantic-settings",
               "write a script that backfills the missing created_at values", "upgrade react-router from v5 to v6 in src/",
               "find where we leak db connections in the worker", "add a --dry-run flag to the sync command",
               "rename UserService to AccountService everywhere and keep the public API stable",
               "add retry with jitter to the payment client", "why does test_invoice_totals flake? fix it",
               "add OpenTelemetry tracing to the http handlers", "port the bash deploy script to python",
               "implement the TODOs in parser.rs", "add input validation to the signup form",
               "set up eslint + prettier and fix the existing warnings", "profile the import job and speed it up"]
TOOL_RESULTS = [
    "[tool_result run_command] exit 1\n===== 3 failed, 141 passed in 12.84s =====\nFAILED tests/test_orders.py::test_page_size - AssertionError: assert 50 == 20",
    "[tool_result read_file] src/api/orders.py (212 lines)",
    "[tool_result search_files] 14 matches in 6 files",
    "[tool_result edit_file] applied 1 hunk to src/api/orders.py",
    "[tool_result run_command] exit 0\n===== 144 passed in 12.31s =====",
    "[tool_result bash] npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree",
    "[tool_result list_dir] src/ tests/ scripts/ pyproject.toml README.md .github/",
    "[tool_result grep] src/worker/db.py:88:    conn = pool.getconn()",
    "[tool_result view] crates/parser/src/lib.rs lines 1-180",
    "[tool_result str_replace] ok",
    "[tool_result run_command] cargo build: warning: unused variable `span` (2 warnings)",
    "[tool_result shell] Traceback (most recent call last):\n  File \"scripts/backfill.py\", line 41\nKeyError: 'ts'",
    "[tool_result apply_patch] Success. Updated the following files: M src/client/payments.ts",
]
AGENT_USER_INTERJECT = ["wait, don't touch the migrations folder", "looks good, also update the changelog",
                        "run the full suite not just that file", "use the existing helper in utils instead",
                        "ok commit it", "stop, that's the wrong service", "yes go ahead"]


def agent_session(rng, length):
    task = pick(rng, AGENT_TASKS)
    turns = [pick(rng, ["", "", "please ", "can you ", "hey - "]) + task]
    for i in range(length - 1):
        if rng.random() < 0.1:
            turns.append(pick(rng, AGENT_USER_INTERJECT))
        else:
            turns.append(pick(rng, TOOL_RESULTS))
    return turns


# ----------------------------------------------------------------------------- writers
GENRES = ["literary", "cozy mystery", "space opera", "YA fantasy", "romance", "horror", "thriller", "historical"]
CHARS = ["Mara", "Teodor", "Inés", "Kwame", "Lotte", "Ravi", "Juniper", "Aurelio", "Sun-hee", "Declan"]
PLACES = ["a lighthouse off the Faroe coast", "a night market in Taipei", "a generation ship's hydroponics deck",
          "a failing vineyard", "a 1920s Chicago jazz club", "a research base in Antarctica", "a small-town bakery"]
WRITER_ASKS = [
    "Here's a scene from my {g} novel. Tighten the prose and flag anything that reads clunky:\n\n{p}",
    "Brainstorm 10 possible twists for a {g} story where {c} arrives at {pl} looking for a missing sibling.",
    "Write the opening paragraph of a {g} short story set in {pl}, close third person on {c}.",
    "Give me feedback on this dialogue — does {c} sound consistent?\n\n{p}",
    "I'm stuck on chapter {n}. {c} has to tell the truth but I don't want it melodramatic. Options?",
    "Rewrite this paragraph in present tense and keep the rhythm:\n\n{p}",
    "Suggest 15 titles for a {g} novel about {c} and {pl}.",
    "What's a believable way for someone to get stranded at {pl} in the {era}?",
    "Write a limerick about {c} who lives at {pl}.",
    "Turn this outline into a one-page synopsis for agents:\n\n{o}",
    "Critique my query letter hook: \"{c} has one week to save {pl} — and the only person who can help is the one she betrayed.\"",
]


def passage(rng):
    c1, c2 = rng.sample(CHARS, 2)
    lines = ["%s pushed the door open and the smell of %s hit her first." % (c1, pick(rng, ["salt", "smoke", "yeast", "rust", "rain"])),
             "\"You're late,\" %s said, not looking up." % c2,
             "She had rehearsed this on the walk over, every word of it, and now none of them came.",
             "Outside, %s." % pick(rng, ["the wind worried at the shutters", "a tram groaned past", "gulls argued over nothing",
                                         "the generators hummed their one flat note"]),
             "\"I found the letters,\" %s said finally." % c1,
             "%s set down the %s very carefully, as if it might go off." % (c2, pick(rng, ["cup", "knife", "ledger", "lantern"])),
             "Neither of them mentioned the empty chair."]
    k = rng.randint(3, len(lines))
    return " ".join(lines[:k])


def writer_prompt(rng, C):
    if rng.random() < 0.22:
        x = pick(rng, C.roleplay)
        return humanize(rng, x["instruction"] + ((" " + x["input"]) if x.get("input") else ""), 0.2), "creative"
    t = pick(rng, WRITER_ASKS)
    return fill(rng, t, {"g": GENRES, "c": CHARS, "pl": PLACES, "p": passage(rng), "n": [str(i) for i in range(3, 30)],
                         "era": ["1890s", "1970s", "near future", "1940s"],
                         "o": "1. %s discovers the letters. 2. Confrontation at %s. 3. The storm. 4. The choice." % (
                             pick(rng, CHARS), pick(rng, PLACES))}), "creative"


WRITER_FOLLOW = ["love it, but make the ending less tidy", "can you keep my voice more? that's too polished",
                 "darker", "give me three alternatives for the last line", "now from the other character's POV",
                 "shorter sentences in the action part", "ok, continue the scene", "less adjectives please"]

# ----------------------------------------------------------------------------- researchers
RESEARCH_ASKS = [
    "I'm comparing how models lay out intermediate steps. Solve the following and make every inference explicit, "
    "one per line:\n\n{q}",
    "For a study on arithmetic errors: work through this problem carefully and mark which step would be most "
    "error-prone for a student.\n\n{q}",
    "Solve, then solve again using a different method, and tell me whether the two agree.\n\n{q}",
    "Here's a word problem from our annotation set. Give the solution path and the final number separately.\n{q}",
]
RESEARCH_GENERAL = [
    "What's the difference between a fixed-effects and random-effects model, and when would a reviewer complain "
    "about my choice?", "Explain the assumptions behind a Mann-Whitney U test vs a t-test for my skewed data.",
    "Summarize the key contributions of this abstract in 3 bullet points and list two obvious limitations:\n\n"
    "{abs}", "Help me phrase the threats-to-validity paragraph for a survey study with {n} respondents.",
    "How do I compute inter-annotator agreement for 4 annotators with missing labels?",
    "Draft a reply to Reviewer 2 who says our sample size is too small. Polite but firm.",
    "Is bootstrapping a valid way to get CIs for a median with n=40?",
    "Explain the intuition behind the ELBO like I know basic probability but not variational inference.",
    "What statistical test should I use to compare accuracy of two classifiers on the same test set?",
    "Convert this LaTeX table to markdown and fix the alignment:\n\\begin{tabular}{lcc} Model & Acc & F1 \\\\ A & 0.81 & 0.77 \\\\ B & 0.84 & 0.79 \\end{tabular}",
]
ABSTRACT_BITS = ["We study {x} in {y}.", "Using a dataset of {n} {u}, we find that {f}.",
                 "Our results suggest {r}.", "We release code and data."]


def research_abstract(rng):
    return " ".join(fill(rng, b, {
        "x": ["label noise", "the effect of prompt length", "retrieval augmentation", "calibration", "sampling temperature"],
        "y": ["low-resource translation", "clinical notes", "code generation", "math word problems", "legal QA"],
        "n": ["1,200", "48k", "3,400", "650", "12k"], "u": ["annotated examples", "patients", "repositories", "essays"],
        "f": ["gains vanish under distribution shift", "smaller models benefit most", "errors cluster in long inputs"],
        "r": ["evaluation protocols matter more than architecture", "careful deduplication is essential"]})
        for b in ABSTRACT_BITS)


# ----------------------------------------------------------------------------- data hobbyists
DATAGEN_ASKS = [
    "Generate {n} diverse customer-support questions a user might ask a {biz}. One per line, no numbering.",
    "Write {n} instruction/response pairs about {topic} as JSONL with keys \"instruction\" and \"output\". Vary the difficulty.",
    "Create {n} short product reviews for a {prod}, mixed sentiment, and label each positive/negative/neutral. Output CSV.",
    "Paraphrase each of these sentences 3 ways, keep meaning identical:\n{sents}",
    "Give me {n} realistic but fake names + job titles + cities for test fixtures, as JSON.",
    "Classify the sentiment of each review (pos/neg/mixed):\n{reviews}",
    "Produce {n} question-answer pairs from this passage for a reading-comprehension dataset:\n\n{passage}",
    "Generate {n} tricky SQL questions over a schema with tables customers(id,name,country) and orders(id,customer_id,total,created_at), with the correct SQL for each.",
    "I'm fine-tuning a tiny model to write commit messages. Write {n} diffs-summaries → commit message examples as JSON.",
    "Write {n} varied user requests for a smart-home assistant (lights, thermostat, timers) and the JSON intent for each.",
]
DG_SLOTS = {"n": ["10", "15", "20", "25", "30", "50"],
            "biz": ["bike rental shop", "dental clinic", "meal-kit company", "VPN provider", "library", "ISP"],
            "topic": ["personal finance", "gardening", "Linux commands", "first aid", "chess openings", "French grammar"],
            "prod": ["wireless earbuds", "standing desk", "air fryer", "hiking boots", "e-reader"],
            "sents": "1. The meeting was moved to Thursday.\n2. Please restart the router before calling support.\n3. Our store closes early on holidays.",
            "reviews": "1) battery died after two days\n2) honestly better than I expected for the price\n3) shipping was slow but the product is great\n4) meh",
            "passage": "The Great Fire of London began on 2 September 1666 in a bakery on Pudding Lane and burned for four days, destroying more than 13,000 houses."}


def datagen_prompt(rng, C):
    if rng.random() < 0.1:
        # some hobbyists paste the Alpaca generation prompt and a few seed tasks verbatim
        seeds = rng.sample(C.seed_tasks, 3)
        ex = "\n".join("%d. Instruction: %s\n%d. Input:\n%s\n%d. Output:\n%s\n###" % (
            i + 1, s["instruction"], i + 1, s["instances"][0]["input"] or "<noinput>", i + 1,
            s["instances"][0]["output"]) for i, s in enumerate(seeds))
        return C.alpaca_prompt.strip() + "\n###\n" + ex, "bulk_gen"
    return fill(rng, pick(rng, DATAGEN_ASKS), DG_SLOTS), "bulk_gen"


# ----------------------------------------------------------------------------- teachers
TEACHER_ASKS = [
    "Create a {n}-question multiple-choice quiz on {t} for {grade}, with an answer key at the end.",
    "Grade this student paragraph using the rubric below (thesis, evidence, organization, mechanics; 1-4 each). Give brief feedback a {grade} student can act on.\n\nRubric: 4 = exceeds, 3 = meets, 2 = approaching, 1 = beginning.\n\nStudent paragraph: {para}",
    "Write 5 word problems about {t} for {grade}, increasing difficulty, with worked solutions.",
    "Make a lesson plan for a 45-minute class on {t} for {grade}. Include a warm-up and an exit ticket.",
    "Rewrite this worksheet question so an ESL student can understand it: \"{q}\"",
    "Suggest differentiated activities for {t} — one for students who are behind, one for advanced.",
    "Draft a friendly note to parents about the upcoming {t} unit and how they can help at home.",
]
TOPICS_SCHOOL = ["fractions", "photosynthesis", "the water cycle", "the French Revolution", "linear equations",
                 "persuasive writing", "plate tectonics", "probability", "the Civil Rights Movement", "ratios"]
GRADES = ["5th graders", "7th grade", "9th grade", "high school juniors", "a mixed-ability 6th grade class"]
STUDENT_PARAS = ["I think school uniforms are bad because they are boring and everyone looks the same and also they cost money. Some people say they help but I dont agree.",
                 "The industrial revolution changed many things. Factories were built. People moved to cities. This was good and bad. In conclusion it was important.",
                 "Social media can harm teens' mental health. A 2023 survey found many teens feel worse after scrolling. However it also helps them connect with friends who live far away."]


def teacher_prompt(rng, C):
    if rng.random() < 0.15:
        q = pick(rng, C.gsm_train)["question"]
        return fill(rng, TEACHER_ASKS[4], {"q": q}), "chat"
    return fill(rng, pick(rng, TEACHER_ASKS), {"n": ["5", "8", "10", "12"], "t": TOPICS_SCHOOL, "grade": GRADES,
                                                  "para": STUDENT_PARAS, "q": "x"}), \
        pick(rng, ["chat", "judge", "bulk_gen", "chat"])
