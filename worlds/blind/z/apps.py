"""Application definitions: verified enterprise apps and small indie apps. Each app has a system prompt,
end-user message templates and behaviour. Written for this generator."""
from common import pick
from text_organic import fill, humanize

# Slot vocabularies shared by apps
V = {
    "plan": ["Unlimited Plus", "Basic 5GB", "Family 4-line", "Prepaid 30", "Fiber 500"],
    "country": ["Spain", "Mexico", "Japan", "Canada", "Turkey", "Thailand", "Germany"],
    "amount": ["$38.20", "$112.75", "$64.00", "$19.99", "$245.10", "$7.50"],
    "month": ["January", "February", "March", "April", "September", "October"],
    "device": ["iPhone 15", "Galaxy S24", "Pixel 8", "router", "modem", "smartwatch"],
    "clause": ["Either party may terminate this Agreement upon thirty (30) days' written notice to the other party.",
               "The Supplier shall indemnify and hold harmless the Customer against all losses arising from any breach of clause 7.",
               "Liability under this Agreement shall not exceed the fees paid in the twelve (12) months preceding the claim.",
               "Confidential Information shall not include information that is or becomes publicly available through no fault of the Recipient.",
               "This Agreement shall be governed by the laws of the State of Delaware, without regard to conflict-of-laws principles.",
               "Licensee shall not sublicense, assign or transfer any rights granted hereunder without prior written consent.",
               "All invoices are payable within forty-five (45) days of receipt; late payments accrue interest at 1.5% per month."],
    "product": ["merino wool hiking socks", "ceramic pour-over coffee dripper", "kids' waterproof rain jacket",
                "bamboo cutting board set", "USB-C 65W travel charger", "linen duvet cover", "cast iron skillet 10\"",
                "yoga mat with alignment lines", "LED desk lamp with wireless charger", "insulated lunch bag"],
    "attrs": ["color: forest green; sizes: S-XL; material: 80% merino", "capacity: 2 cups; color: matte white",
              "weight: 1.2 kg; pre-seasoned; oven-safe to 260C", "dimensions: 183x61 cm; thickness 6 mm; TPE",
              "output: 65W; ports: 2x USB-C, 1x USB-A; foldable plug"],
    "lang": ["Python", "TypeScript", "Go", "Java", "Kotlin", "C#"],
    "policy_q": ["How many vacation days carry over?", "Can I expense a home office chair?",
                 "What's the parental leave policy for adoptive parents?", "Is there a stipend for conferences?",
                 "How do I report a security incident?", "Who approves international travel?"],
    "symptom": ["a rash that won't go away", "trouble sleeping", "a persistent dry cough", "knee pain when running",
                "frequent headaches"],
    "claim": ["water damage from a burst pipe in the kitchen", "rear-end collision in a parking lot",
              "stolen bicycle from a locked garage", "hail damage to the roof", "broken phone screen"],
    "npc": ["the blacksmith Orrin", "Captain Vey of the harbor watch", "the herbalist Mossa", "a nervous innkeeper",
            "the oracle beneath the dunes"],
    "player": ["I ask about the missing caravan", "I try to haggle for the sword", "I show her the broken seal",
               "I ask what happened to the lighthouse keeper", "I threaten him, quietly"],
    "ticker": ["the Q3 revenue miss", "the new credit facility", "the guidance cut", "the share buyback"],
    "stock_text": ["Revenue rose 8% year over year to $412M, while operating margin contracted 120bps due to freight costs.",
                   "Management reiterated full-year guidance and announced a $200M buyback program.",
                   "The company drew $150M on its revolving facility to fund the acquisition of a logistics startup."],
}


def T(*tmpls):
    return list(tmpls)


ENTERPRISE_APPS = {
    "telco_support": dict(
        system="You are Kestrel Assist, the customer-care assistant for Kestrel Mobile. Be concise and friendly. Use the tools to look up account data; never guess balances. If the customer is upset or asks for a person, call escalate_to_agent. Do not discuss competitors.",
        tools=["lookup_account", "get_invoice", "check_network_status", "change_plan", "create_ticket", "escalate_to_agent"],
        msgs=T("why is my bill {amount} this month", "I'm traveling to {country} next week, will my {plan} plan work there?",
               "my {device} says no service since this morning", "I want to cancel", "how do i switch to the {plan} plan",
               "charged twice in {month}??", "can I add a line for my daughter", "the internet at home keeps dropping every evening",
               "how do I get a PUK code", "Is there an outage in my area?", "i need a copy of my {month} invoice"),
        kind="short", multi=0.7, turns=(2, 6), model="flash", temp=0.3),
    "legal_review": dict(
        system="You are ClauseWise, an internal contract-review assistant for Ledgerline LLP. Summarise clauses in plain English, flag non-standard terms against the firm playbook, and never give definitive legal advice to clients. Output: Summary, Risk level (Low/Medium/High), Suggested redline.",
        tools=None,
        msgs=T("Review the following clause:\n\n{clause}", "Compare this clause with our standard position:\n\n{clause}\n\n{clause}",
               "Client asks if this is market standard:\n{clause}", "Summarise for the partner:\n\n{clause} {clause} {clause}"),
        kind="summary", multi=0.2, turns=(1, 3), model="pro", temp=0.0, max_tokens=1500),
    "math_tutor": dict(
        system="You are Pip, the maths tutor inside the Brightpath Learning app for students aged 10-16. Explain step by step in simple language. Show each calculation on its own line. Encourage the student; if they only want the answer, still show the steps briefly. End with the final answer in bold.",
        tools=None, msgs="GSM", kind="cot_math", multi=0.35, turns=(1, 4), model="pro", temp=0.4, max_tokens=1200),
    "catalog_writer": dict(
        system="You write product descriptions for the Northwind Outfitters online store. Tone: warm, practical, no superlatives that cannot be verified. Output JSON with keys title (<=70 chars), bullets (5 items), description (80-120 words), seo_keywords (6 items).",
        tools=None,
        msgs=T("Product: {product}\nAttributes: {attrs}\nAudience: outdoor families\nLocale: en-US",
               "Product: {product}\nAttributes: {attrs}\nLocale: en-GB\nNotes: emphasise durability",
               "Rewrite existing copy for {product} to remove claims we can't back up. Attributes: {attrs}"),
        kind="bulk_gen", multi=0.0, turns=(1, 1), model="flash", temp=0.8, max_tokens=900, out_scale=0.3),
    "devtools_agent": dict(
        system="You are Forge, Halcyon Systems' internal engineering agent. You operate on the monorepo via tools. Follow CONTRIBUTING.md, keep diffs minimal, run tests before proposing a commit, never push to main.",
        tools=["read_file", "edit_file", "run_tests", "search_code", "open_pr", "query_jira"], msgs="AGENT",
        kind="agent_step", multi=1.0, turns=(4, 25), model="pro", temp=None, max_tokens=8192),
    "hr_helpdesk": dict(
        system="You are the People Team helpdesk assistant for Orbital Freight. Answer from the provided handbook excerpts only; if the handbook does not cover it, say so and suggest contacting hr@orbital. Keep answers under 120 words.",
        tools=["search_handbook"], msgs=T("{policy_q}", "{policy_q} I'm based in the Berlin office.", "quick q - {policy_q}"),
        kind="short", multi=0.3, turns=(1, 3), model="flash", temp=0.2),
    "claims_triage": dict(
        system="You are the first-notice-of-loss assistant for Meridian Mutual insurance. Collect date, location, description and photos; classify the claim type; never promise coverage. Reply in the customer's language.",
        tools=["classify_claim", "request_documents", "lookup_policy"],
        msgs=T("Hi I need to report {claim}", "{claim}, happened yesterday around 6pm", "what documents do you need for {claim}?",
               "policy number is MM-4471-{n}, it's about {claim}"),
        kind="short", multi=0.6, turns=(2, 5), model="flash", temp=0.3),
    "game_npc": dict(
        system="You voice non-player characters in the game 'Ashes of Corvel'. Stay in character, 1-3 sentences, medieval-fantasy register, never mention being an AI, never reveal quest spoilers beyond the current quest stage provided in context.",
        tools=None, msgs=T("[NPC: {npc}] [Quest stage: 3] Player: {player}", "[NPC: {npc}] Player: {player}",
                           "[NPC: {npc}] [Mood: suspicious] Player: {player}"),
        kind="short", multi=0.5, turns=(2, 6), model="flash", temp=0.9, max_tokens=200),
    "fin_research": dict(
        system="You are an equity-research assistant at Calder & Finch. Summarise filings and call transcripts neutrally. Cite the passage you rely on. Do not make buy/sell recommendations.",
        tools=["search_filings", "get_transcript"], msgs=T("Summarise the commentary on {ticker}:\n\n{stock_text}",
                                                           "What changed vs last quarter? {stock_text}",
                                                           "List risks mentioned. {stock_text} {stock_text}"),
        kind="summary", multi=0.3, turns=(1, 3), model="pro", temp=0.1, max_tokens=2000),
    "clinic_intake": dict(
        system="You are the pre-visit intake assistant for Lakeside Family Clinic. Gather symptoms and history in plain language, do not diagnose, advise emergency services for red-flag symptoms, and produce a structured summary for the clinician.",
        tools=["create_intake_summary"], msgs=T("I've had {symptom} for about two weeks", "booking for my son, he has {symptom}",
                                                "{symptom}, started after I changed medication"),
        kind="chat", multi=0.8, turns=(3, 7), model="pro", temp=0.3),
}

# indie apps: small builders; each persona account runs one app for its end users
INDIE_APPS = [
    dict(name="RecipeRescue", system="You turn whatever ingredients the user has into one recipe. Metric units. Keep steps numbered.",
         msgs=T("i have {ingr}", "{ingr} - something spicy?", "quick dinner with {ingr}"), kind="chat", temp=0.7),
    dict(name="FlashForge", system="Generate study flashcards from the user's notes. Return JSON list of {front, back}. 10-20 cards.",
         msgs=T("Make flashcards from my notes: {notes}", "cards for: {notes}"), kind="bulk_gen", temp=0.5, out_scale=0.45),
    dict(name="ResumeRadar", system="You are a resume reviewer. Score the resume 1-10 on impact, clarity, relevance and formatting, then give the top 3 fixes. Be direct.",
         msgs=T("Target role: {role}\n\nResume:\n{resume}", "score my resume for {role} please\n{resume}"), kind="judge", temp=0.2),
    dict(name="BedtimeTales", system="Write gentle bedtime stories for ages 3-7. 250-400 words, a calm ending, no scary content.",
         msgs=T("a story about {animal} who is afraid of {fear}", "{animal} and a {thing2}, for my 4 year old",
                "story with a {animal} named {kname}"), kind="creative", temp=0.9),
    dict(name="QueryPal", system="Translate the user's question into a single PostgreSQL query for the schema provided. Return only SQL.",
         msgs=T("Schema: orders(id, customer_id, total, created_at), customers(id, name, region)\nQuestion: {sqlq}"), kind="short", temp=0.0),
    dict(name="MailMender", system="Rewrite the user's email to be clear and polite. Preserve meaning. Return only the rewritten email.",
         msgs=T("{rough}", "make this nicer: {rough}", "{rough} (to my boss)"), kind="chat", temp=0.5),
    dict(name="DungeonDice", system="You are the Game Master for a solo fantasy adventure. Describe scenes vividly in second person, offer 3 choices, track HP in brackets.",
         msgs=T("{action}", "I {action2}", "{action} then look around"), kind="creative", temp=1.0, multi=0.9),
    dict(name="MathSnap", system="Homework helper. Solve the problem the student typed or photographed (OCR text provided). Show steps, then the answer. If the OCR is garbled, ask to retake the photo.",
         msgs="GSM", kind="cot_math", temp=0.3),
    dict(name="InterviewAce", system="Mock technical interviewer. Present the candidate's chosen problem, evaluate their approach, give hints not full solutions unless asked.",
         msgs="CODEPROB", kind="code", temp=0.4, multi=0.8),
    dict(name="LinguaLoop", system="Spanish conversation partner for B1 learners. Reply in Spanish, then list corrections of the learner's mistakes in English.",
         msgs=T("{es}", "hoy {es2}", "{es} jaja"), kind="chat", temp=0.7, multi=0.9),
    dict(name="TweetSmith", system="Write 3 alternative social posts (max 280 chars each) for the user's announcement. No hashtags unless asked.",
         msgs=T("announcing {announce}", "{announce} - make it punchy"), kind="short", temp=0.9),
    dict(name="NoteDigest", system="Summarise meeting transcripts into decisions, action items (owner, due date) and open questions.",
         msgs=T("Transcript:\n{transcript}"), kind="summary", temp=0.2),
    dict(name="PlantDoc", system="Houseplant care assistant. Ask for light, watering and symptoms if missing. Be practical.",
         msgs=T("my {plant} has {plantsym}", "{plant} {plantsym}, help", "how often water {plant}"), kind="chat", temp=0.5),
    dict(name="EssayCoach", system="You give feedback on student essays against the rubric the teacher pasted. Score each criterion 1-5 with one sentence of justification, then two concrete suggestions.",
         msgs=T("Rubric: argument, evidence, organisation, style\nEssay: {essay}"), kind="judge", temp=0.2),
    dict(name="QuizBuilder", system="Create multiple-choice quizzes from a topic. Output JSON: questions[ {q, options[4], answer, explanation} ].",
         msgs=T("topic: {quiztopic}, 10 questions, medium", "{quiztopic} quiz for beginners, 8 questions"), kind="bulk_gen", temp=0.7, out_scale=0.5),
    dict(name="TripTiny", system="Plan short trips. Output a day-by-day itinerary with approximate costs in local currency.",
         msgs=T("{days} days in {city}", "weekend in {city} with kids"), kind="chat", temp=0.7),
    dict(name="CommitCraft", system="Write a conventional-commit message for the diff. Subject <= 72 chars, then a short body.",
         msgs=T("diff --git a/{file} b/{file}\n@@ -12,7 +12,9 @@\n-    return total\n+    if total < 0:\n+        raise ValueError('negative total')\n+    return total"), kind="short", temp=0.2),
    dict(name="AstroVibes", system="Playful daily horoscope writer. 80 words. Never give medical or financial advice.",
         msgs=T("{sign} today", "horoscope {sign}", "{sign} love this week?"), kind="short", temp=1.0),
    dict(name="LegalEase", system="Explain legal documents in plain English for consumers. Always note that this is not legal advice.",
         msgs=T("what does this mean: {clause}", "is this normal in a lease? {clause}"), kind="summary", temp=0.2),
    dict(name="SupportBot-SaaS", system="Support assistant for Tallyhook invoicing software. Answer from docs; if unsure, create a ticket.",
         msgs=T("how do I add a tax rate", "invoice PDF shows wrong currency", "can I import clients from csv",
                "stripe sync stopped working", "how to void an invoice"), kind="short", temp=0.2, tools=["search_docs", "create_ticket"]),
]

IV = {
    "ingr": ["eggs, spinach, feta", "chicken thighs and rice", "tofu, broccoli", "pasta and a can of tomatoes",
             "lentils, carrots, onion", "potatoes and cheese", "salmon, lemon, dill"],
    "notes": ["Mitochondria produce ATP via oxidative phosphorylation; glycolysis occurs in the cytoplasm...",
              "Treaty of Westphalia 1648 ended the Thirty Years' War; established state sovereignty...",
              "Big-O: O(1) constant, O(log n) binary search, O(n log n) merge sort..."],
    "role": ["data analyst", "frontend engineer", "nurse", "product designer", "sales associate"],
    "resume": ["EXPERIENCE\nAcme Corp - Analyst (2021-2024)\n- Built dashboards in Tableau\n- Worked with stakeholders\nEDUCATION\nBSc Economics",
               "SUMMARY: Motivated developer with React experience.\nPROJECTS: Todo app, weather app\nSKILLS: JS, HTML, CSS, Git"],
    "animal": ["a small owl", "a hedgehog", "a shy dragon", "a penguin", "a bunny"], "fear": ["the dark", "thunder", "swimming", "new friends"],
    "thing2": ["lost balloon", "moon", "rainbow", "kite"], "kname": ["Pip", "Luna", "Biscuit", "Ollie"],
    "sqlq": ["total revenue per region last month", "top 10 customers by number of orders",
             "customers with no orders in 2025", "average order value by week"],
    "rough": ["u didnt send the file again, need it today", "cant make it friday, whatever, move it",
              "pls fix the invoice its wrong AGAIN"],
    "action": ["I open the iron door", "I search the body", "attack the goblin with my dagger", "I cast light"],
    "action2": ["sneak past the guards", "follow the river north", "talk to the old woman"],
    "es": ["ayer yo fui al cine con mi amigos", "me gusta mucho cocinar pero no tengo tiempo",
           "cuando yo era niño vivía en una ciudad pequeño"], "es2": ["estoy cansado porque trabajé mucho"],
    "announce": ["our app now supports dark mode", "we're hiring two engineers", "v2.0 launch next Tuesday"],
    "transcript": ["Ana: we need to ship the onboarding fix. Raj: I can take it by Thursday. Ana: and the pricing page? Li: blocked on legal."],
    "plant": ["monstera", "fiddle leaf fig", "pothos", "snake plant", "basil"],
    "plantsym": ["yellow leaves", "brown crispy edges", "drooping", "white spots"],
    "essay": ["Renewable energy is the future because fossil fuels are running out. Solar panels are getting cheaper. In conclusion, we should switch.",
              "Homework should be banned. Students are tired. Teachers give too much. Also families need time together."],
    "quiztopic": ["World War I", "photosynthesis", "Python lists", "the solar system", "basic statistics"],
    "days": ["2", "3", "4"], "city": ["Porto", "Montreal", "Kyoto", "Krakow", "Austin"],
    "file": ["billing/total.py", "src/cart.ts", "pkg/ledger/sum.go"],
    "sign": ["aries", "leo", "virgo", "scorpio", "pisces", "gemini"],
}


def app_message(rng, app, C):
    m = app["msgs"]
    if m == "GSM":
        q = pick(rng, C.gsm_train)["question"]
        return humanize(rng, pick(rng, ["", "", "help: ", "i dont get this one: ", "Question 4) ", "[OCR] "]) + q, 0.3)
    if m == "CODEPROB":
        if rng.random() < 0.5:
            return pick(rng, ["I'd like to practice: ", "Problem: ", "next one please: "]) + pick(rng, C.arena_code)
        return "Let's do this one:\n" + pick(rng, C.humaneval)["prompt"]
    if m == "AGENT":
        return None
    vocab = dict(V)
    vocab.update(IV)
    vocab["n"] = [str(x) for x in range(1000, 9999, 37)]
    return fill(rng, pick(rng, m), vocab)
