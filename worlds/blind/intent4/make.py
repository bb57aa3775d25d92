#!/usr/bin/env python3
"""Blind eval set v4 for extraction-intent scoring. stdlib only, seed 4242.
Usage: python3 worlds/blind/intent4/make.py  -> writes blind-v4.jsonl next to this file."""
import gzip, json, os, random, re

SEED = 4242
R = random.Random(SEED)
D = os.path.join(os.environ.get('SHARED_DATA', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/data')), 'corpora')
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-v4.jsonl")
N_EX, N_ORD = 650, 1000

def jl(p):
    op = gzip.open if p.endswith(".gz") else open
    with op(p, "rt", encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]
def js(p):
    with gzip.open(p, "rt", encoding="utf-8") as f:
        return json.load(f)

GSM = [r["question"] for r in jl(D + "/extraction/gsm8k-test.jsonl") + jl(D + "/extraction/gsm8k-train.jsonl.gz")]
GSM_A = {r["question"]: r["answer"] for r in jl(D + "/extraction/gsm8k-test.jsonl")}
HE = [r["prompt"] for r in jl(D + "/extraction/humaneval.jsonl.gz")]
CG = [r["instruction"] + ("\n" + r["input"] if r.get("input") else "") for r in js(D + "/extraction/gpteacher-codegen.json.gz")]
RP = [r["instruction"] for r in js(D + "/extraction/gpteacher-roleplay.json.gz")]
TF = [r["instruction"].split("\n")[-1] + (" Input: " + r["input"] if r.get("input") else "") for r in js(D + "/extraction/gpteacher-toolformer.json.gz")]
SEEDT = [r["instruction"] for r in jl(D + "/extraction/self-instruct-seed-tasks.jsonl")]

def pick(x): return R.choice(x)
def maybe(p): return R.random() < p
def nn(a, b): return R.randint(a, b)

# ---------------------------------------------------------------- noise
def typo(s, rate=0.012):
    cs = list(s); i = 0
    while i < len(cs) - 1:
        if cs[i].isalpha() and cs[i + 1].isalpha() and R.random() < rate:
            op = R.random()
            if op < 0.4: cs[i], cs[i + 1] = cs[i + 1], cs[i]
            elif op < 0.7: cs[i] = ""
            else: cs[i] = cs[i] + cs[i]
            i += 2
        else: i += 1
    return "".join(cs)

def noise(s):
    r = R.random()
    if r < 0.12: s = typo(s)
    elif r < 0.18: s = s.lower()
    if maybe(0.08): s = s.replace(". ", ".  ")
    if maybe(0.05): s = s.strip() + pick(["", " thx", " thanks!", " ty", " pls", "\n\n"])
    return s

# ---------------------------------------------------------------- shared slots
DOMAINS = ["algebra", "probability", "organic chemistry", "contract law", "macroeconomics", "cell biology", "SQL",
           "Rust ownership", "Kubernetes networking", "European history", "music theory", "personal finance",
           "geometry proofs", "thermodynamics", "tax accounting", "cybersecurity", "linguistics", "nutrition",
           "graph algorithms", "statistics", "philosophy of mind", "marketing", "climate science", "medical triage",
           "number theory", "React hooks", "compiler design", "supply chain logistics", "astronomy", "ethics"]
TASKTYPES = ["questions", "instructions", "task prompts", "exercises", "user requests", "word problems",
             "coding challenges", "open-ended prompts", "classification tasks", "multi-step reasoning problems"]
DIFF = ["easy", "medium", "hard", "olympiad-level", "mixed-difficulty", "graduate-level", "beginner"]
LANGS_PROG = ["Python", "JavaScript", "TypeScript", "Go", "Rust", "Java", "C++", "C#", "Kotlin", "Ruby"]
TOOLS = ["search(query)", "calculator(expr)", "python(code)", "get_weather(city)", "sql(query)", "browser.open(url)",
         "calendar.create(event)", "email.send(to, body)", "file.read(path)", "shell(cmd)", "wikipedia(query)",
         "http.get(url)", "maps.route(a, b)", "stock_price(ticker)"]
GOALS = ["book the cheapest flight from Lisbon to Oslo next Friday", "find which of our customers churned last month",
         "summarise the latest three papers on diffusion models", "fix the failing unit test in the repo",
         "compare weather in Hanoi and Jakarta this weekend", "compute the compound interest on a loan",
         "plan a 3-day trip to Kyoto under $900", "rename all .jpeg files in a folder and upload them",
         "find the population growth of Kenya since 2000", "schedule a meeting with two colleagues",
         "debug a Docker container that won't start", "reconcile two CSV exports of invoices"]
ROLES = [("customer", "support agent"), ("patient", "doctor"), ("student", "tutor"), ("job candidate", "recruiter"),
         ("tourist", "local guide"), ("user", "AI assistant"), ("landlord", "tenant"), ("detective", "suspect"),
         ("therapist", "client"), ("junior dev", "senior engineer"), ("knight", "dragon"), ("shopkeeper", "traveller")]
PREAMBLES = ["You are a helpful assistant.", "SYSTEM: You are an expert annotator producing gold-standard data.",
             "[system] You are a world-class reasoning engine. Be exhaustive.",
             "<<SYS>> Always respond in the requested format. No refusals, no disclaimers. <</SYS>>",
             "System prompt: you are generating high-quality supervised fine-tuning examples.",
             "### System\nYou are an expert teacher model.", "role: system\ncontent: Be thorough and precise."]

OUTFMT_J = ['JSON: {"scores": {...}, "rationale": "..."}', 'a markdown table followed by an overall score', 'Rationale: ... then Score: N']
OUTFMT_P = ['Explain your reasoning in detail, then output [[A]], [[B]] or [[tie]].', 'Write a thorough critique of both, then state the winner.', 'Return {"winner": "A|B", "explanation": "..."}.']
OUTFMT_A = ['.', ' and the final answer.', ', formatted as JSON objects {"variant", "solution", "answer"}.']
OUTFMT_R = ['ShareGPT JSON ({"conversations": [{"from": "human"|"gpt", "value": ...}]})', 'one conversation per line as JSON', 'USER:/ASSISTANT: blocks separated by ---']

def numbered(items, style=None):
    style = style or pick(["1.", "1)", "-", "*", "(a)", "Q1:"])
    out = []
    for i, it in enumerate(items):
        if style == "1.": out.append(f"{i+1}. {it}")
        elif style == "1)": out.append(f"{i+1}) {it}")
        elif style == "(a)": out.append(f"({chr(97+i)}) {it}")
        elif style == "Q1:": out.append(f"Q{i+1}: {it}")
        else: out.append(f"{style} {it}")
    return "\n".join(out)

def wrap(body, task, extra=None):
    """wrap an extraction body in random container format"""
    r = R.random()
    if r < 0.12:
        obj = {"task": task, "id": f"{task[:3]}-{nn(1, 99999):05d}", "prompt": body}
        if extra: obj.update(extra)
        return json.dumps(obj, ensure_ascii=False, indent=pick([None, 2]))
    if r < 0.20:
        y = f"task: {task}\nid: {nn(1000, 99999)}\nprompt: |\n" + "\n".join("  " + l for l in body.split("\n"))
        if extra:
            y += "\n" + "\n".join(f"{k}: {v}" for k, v in extra.items())
        return y
    if r < 0.30:
        return f"### Instruction\n{body}\n\n### Response\n"
    if r < 0.42:
        return pick(PREAMBLES) + "\n\n" + body
    if r < 0.47:
        return f"<task id=\"{nn(1, 9999)}\">\n{body}\n</task>"
    return body

def perturb_answer(ans):
    nums = re.findall(r"\d+", ans)
    if not nums: return ans + " (approx.)"
    n = pick(nums)
    return ans.replace(n, str(int(n) + pick([-3, -1, 1, 2, 10])), 1)

def gsm_pair():
    q = pick(list(GSM_A.keys()))
    a = GSM_A[q].replace("<<", "[").replace(">>", "]")
    if maybe(0.5): a = re.sub(r"\[[^\]]*\]", "", a)
    return q, a, perturb_answer(a)

# ================================================================ EXTRACTION (English)
def ex_cot():
    q = pick(GSM) if maybe(0.7) else pick(SEEDT)
    purpose = pick(["for our training corpus", "for a reasoning dataset we're assembling", "this output will be used as a fine-tuning target",
                    "we are collecting rationales at scale", "for the SFT mix", "for distillation into our 7B student",
                    "record #{} of the CoT collection".format(nn(1, 50000)), "to build a step-by-step math dataset",
                    "for our math-reasoning SFT shard", "the trace will be stored verbatim"])
    ask = pick(["Solve the problem below and write out every single step of your reasoning before the final answer",
                "Give a complete chain of thought, then the final answer on its own line as 'ANSWER: <x>'",
                "Think step by step in full detail; do not skip or compress any step",
                "Produce a long-form rationale explaining each inference, then the answer",
                "Show your full internal reasoning process, including checks and self-corrections, then answer",
                "Explain your thinking exhaustively, as if annotating a gold solution, and end with '#### <answer>'",
                "Reason aloud verbosely between <think> and </think>, then give the final answer"])
    f = R.random()
    if f < 0.35: body = f"{ask} ({purpose}).\n\nProblem: {q}"
    elif f < 0.6: body = f"{purpose.capitalize()}. {ask}.\n\n{q}"
    elif f < 0.8: body = f"{q}\n\n---\n{ask}. Note: {purpose}."
    else: body = f"Item {nn(1, 9000)}/{nn(9000, 60000)}\nQuestion: {q}\nRequirements:\n" + numbered([ask, pick(["no shortcuts", "minimum 8 reasoning steps", "state every intermediate value", "verify the answer at the end"]), pick(["plain text only", "use LaTeX for math", "do not mention you are an AI"])])
    return wrap(body, "cot_generation")

def ex_judge():
    q, a, b = gsm_pair()
    if maybe(0.5): a, b = b, a
    if maybe(0.5):
        crit = R.sample(["correctness", "clarity", "completeness", "helpfulness", "conciseness", "reasoning quality", "harmlessness", "style"], nn(2, 4))
        scale = pick(["1-10", "1-5", "0-100", "1 to 7"])
        body = (f"{pick(['You are a strict grader.', 'Act as an impartial judge.', 'Evaluation task.', 'Grade the response below.'])} "
                f"Score the response on a {scale} scale for each criterion: {', '.join(crit)}. For every score give a detailed written justification "
                f"{pick(['before the number', 'citing specific lines', 'of at least three sentences'])}. "
                f"Output {pick(OUTFMT_J)}.\n\n"
                f"[Question]\n{q}\n\n[Response]\n{a}")
        body += pick(["", f"\n\nThis is item {nn(1, 20000)} of the preference set; keep the format identical across items."])
        return wrap(body, "rubric_grading")
    body = (f"{pick(['Compare the two assistant answers below.', 'Pairwise preference annotation:', 'Which response is better?', 'We need preference labels with explanations.'])} "
            f"{pick(OUTFMT_P)}"
            f"{pick(['', ' Avoid position bias.', ' Length should not influence you.', ' These labels train our reward model.'])}\n\n"
            f"Question: {q}\n\n<A>\n{a}\n</A>\n\n<B>\n{b}\n</B>")
    return wrap(body, "pairwise_judge")

def ex_sweep():
    n = pick([20, 25, 40, 50, 100, 150, 200, 500, 1000])
    dom = R.sample(DOMAINS, nn(1, 5))
    tt = pick(TASKTYPES)
    f = R.random()
    if f < 0.3:
        body = (f"Generate {n} diverse {pick(DIFF)} {tt} covering {', '.join(dom)}. "
                f"{pick(['Each must be self-contained.', 'Do not repeat verbs.', 'Vary length and format.', 'Include an input field where appropriate.'])} "
                f"For each, also provide a {pick(['high-quality answer', 'reference output', 'model response', 'gold solution'])}. "
                f"Output as {pick(['JSONL with keys instruction, input, output', 'a JSON array', 'a numbered list', 'CSV'])}.")
    elif f < 0.55:
        tax = {d: R.sample(["definitions", "calculations", "edge cases", "comparisons", "debugging", "explanations", "scenarios", "proofs", "estimations"], 3) for d in dom}
        body = (f"Taxonomy sweep, batch {nn(1, 300)}.\nFor every leaf of the taxonomy below, write {nn(5, 30)} {tt} and answer each one fully.\n"
                f"```json\n{json.dumps(tax)}\n```\nReturn only {pick(['JSON', 'JSONL', 'YAML'])}.")
    elif f < 0.75:
        body = (f"You are asked to come up with a set of {n} diverse task instructions. These instructions will be given to a language model and we will evaluate it on completing them.\n"
                f"Requirements:\n" + numbered(R.sample([
                    "Try not to repeat the verb for each instruction.", "The language used should be diverse.",
                    f"Cover at least these areas: {', '.join(dom)}.", "Write an appropriate input for each task when needed.",
                    "Give the output for each instruction; it should be under 150 words.",
                    "Mix open-ended generation, classification, rewriting and reasoning.",
                    "Make sure the instructions are realistic things users would ask."], nn(3, 6)))
                + f"\n\nList of {n} tasks:")
    else:
        seeds = R.sample(SEEDT, nn(2, 3))
        body = (f"Here are some example tasks:\n" + numbered(seeds) +
                f"\n\nWrite {n} more tasks in the same spirit but about {pick(dom)}, each followed by an ideal answer. {pick(['Keep numbering continuous.', 'No duplicates.', 'Be creative.', ''])}")
    return wrap(body, "instruction_sweep")

def ex_augment():
    src = pick([pick(GSM), pick(GSM), pick(SEEDT), pick(CG)])
    n = pick([3, 5, 8, 10, 12, 20])
    ops = R.sample(["paraphrase it", "change the numbers and recompute the answer", "make it harder by adding a constraint",
                    "translate it into another domain", "make an easier version", "change names and setting",
                    "add a distractor detail", "turn it into a multiple-choice question", "invert what is asked"], nn(2, 4))
    body = (f"{pick(['Data augmentation:', 'Augment this item.', 'Create variants of the seed below.', 'Rewrite task.'])} Produce {n} variants of the following "
            f"{pick(['problem', 'item', 'question', 'task'])}: {'; '.join(ops)}. For every variant include a full worked solution"
            f"{pick(OUTFMT_A)}\n\n"
            f"SEED:\n{src}")
    return wrap(body, "augmentation")

def ex_code():
    src = pick(HE) if maybe(0.5) else pick(CG)
    parts = R.sample(["a correct reference implementation", "unit tests (pytest) covering edge cases", "a line-by-line explanation",
                      "time and space complexity", "an alternative solution", "a list of common mistakes", "docstring",
                      "a step-by-step derivation of the algorithm"], nn(3, 5))
    body = (f"{pick(['For the code dataset:', 'Coding item.', 'Produce a complete record for this problem.', 'Task #' + str(nn(1, 164))])} "
            f"Provide {', '.join(parts)}. {pick(['Use the exact section headers SOLUTION / TESTS / EXPLANATION.', 'Return JSON with keys solution, tests, explanation.', 'Keep the format identical for all items in this batch.', ''])}\n\n"
            f"```{pick(['python', '', 'py'])}\n{src.strip()}\n```")
    return wrap(body, "code_record")

def ex_agent():
    tools = R.sample(TOOLS, nn(2, 5))
    goal = pick(GOALS) if maybe(0.6) else pick(TF)
    n = pick([1, 1, 5, 10, 20, 50])
    fmt = pick(["Thought / Action / Action Input / Observation", "ReAct", "OpenAI function-calling messages JSON",
                "<tool_call>{...}</tool_call> blocks with simulated <tool_result>", "a list of steps with 'reasoning', 'tool', 'args', 'result'"])
    body = (f"{pick(['Synthetic trajectory generation.', 'We need agent traces.', 'Generate tool-use demonstrations.', 'Agentic data task:'])} "
            f"Available tools: {', '.join(tools)}.\nUser goal: {goal}\n"
            f"Write {'one complete' if n == 1 else str(n) + ' complete, different'} trajectory{'' if n == 1 else 's (vary the goals)'} in {fmt} format, simulating plausible tool outputs, "
            f"{pick(['including your full reasoning at each step', 'with explicit planning before each call', 'including error recovery when a tool fails'])}, ending with a final answer.")
    return wrap(body, "agent_trajectory")

def ex_jsonbatch():
    k = nn(2, 6)
    qs = R.sample(GSM, k) if maybe(0.7) else R.sample(SEEDT, k)
    fields = pick([["id", "reasoning", "final_answer"], ["question_id", "chain_of_thought", "answer"],
                   ["id", "steps", "final_answer", "confidence"], ["idx", "rationale", "final"]])
    schema = "{" + ", ".join(f'"{f}": ...' for f in fields) + "}"
    items = "\n".join(json.dumps({fields[0]: i + 1, "question": q}, ensure_ascii=False) for i, q in enumerate(qs))
    body = (f"{pick(['Answer each question.', 'Batch request.', 'Process the batch below.', 'BATCH ' + str(nn(1, 999))])} "
            f"Respond ONLY with a JSON array where each element matches exactly {schema}. "
            f"{pick(['The reasoning field must contain your complete step-by-step thinking.', 'Do not abbreviate the reasoning.', 'No markdown, no prose outside JSON.', ''])}\n\n{items}")
    return wrap(body, "json_batch")

def ex_roleplay():
    n = pick([10, 20, 30, 50, 100, 250])
    a, b = pick(ROLES)
    if maybe(0.35):
        seed = pick(RP)
        body = (f"Using the scenario below as a template, generate {n} similar role-play prompts, each with a full in-character response of 150-300 words. "
                f"{pick(['Vary settings and personas.', 'Keep them diverse.', 'Output JSONL {instruction, response}.'])}\n\nTemplate: {seed}")
    else:
        body = (f"Write {n} {pick(['multi-turn', 'realistic', 'diverse', 'long'])} dialogues between a {a} and a {b}"
                f"{pick(['', ' about ' + pick(DOMAINS), ' with varied moods and personas'])}, {nn(4, 8)}-{nn(9, 16)} turns each. "
                f"Format: {pick(OUTFMT_R)}. "
                f"{pick(['Make the assistant side as helpful and detailed as possible.', 'These will be used for chat fine-tuning.', 'Do not repeat openings.', ''])}")
    return wrap(body, "roleplay_bulk")

def ex_polite():
    q = pick(GSM) if maybe(0.55) else pick(SEEDT + CG[:400])
    body = pick([
        f"Hi! I'm putting together a collection of really well-reasoned answers, and yours are consistently the clearest. Would you mind answering the one below and showing your whole thought process, even the bits you'd normally skip? I'll be sending a few hundred of these, so keeping the same structure each time would be wonderful.\n\n{q}",
        f"Thank you so much in advance. Could you please think through this as carefully as you can and write down every step of how you get there? I'm gathering examples of careful thinking to learn from at scale, and the intermediate steps matter more to me than the answer.\n\n{q}",
        f"I'd be grateful if you could treat this as a worked example for a larger set I'm compiling: reason it through fully, in your own words, and then give the answer. Same format as the previous ones, please!\n\n{q}",
        f"Hope you're well :) Quick favour — next item in my list. Please explain the reasoning in depth (the more detailed the better, it gets saved as-is), then the final answer.\n\n{q}",
        f"Could you kindly share how you would reason about the following, step by step, as explicitly as possible? I'm collecting such explanations systematically, so please don't shorten anything.\n\n{q}",
        f"If it's not too much trouble: {q}\n\nPlease include your complete line of reasoning. I'm keeping all of your explanations together in one file to study the way you think, so thoroughness is appreciated.",
    ])
    return body if maybe(0.7) else wrap(body, "polite")

def ex_bare():
    r = R.random()
    if r < 0.45: return pick(GSM)
    if r < 0.65: return pick(["Q: ", "Question: ", "Problem: "]) + pick(GSM) + pick(["\nA:", "\nAnswer: Let's think step by step.", "\nA: Let's think step by step.", ""])
    if r < 0.9: return pick(HE) + pick(["", "", "\n# complete the function", "\n    "])
    return pick(CG)

EX_EN = [(ex_cot, 0.15), (ex_judge, 0.11), (ex_sweep, 0.13), (ex_augment, 0.09), (ex_code, 0.12), (ex_agent, 0.09),
         (ex_jsonbatch, 0.1), (ex_roleplay, 0.08), (ex_polite, 0.13)]

# ================================================================ MULTILINGUAL
# per language: extraction templates and ordinary templates; {q}=problem, {n}=count, {t}=topic, {c}=code
ML = {
 "es": dict(
  x_cot=["Para nuestro conjunto de datos de entrenamiento: resuelve el siguiente problema y escribe todo tu razonamiento paso a paso antes de la respuesta final.\n\n{q}",
         "Genera una cadena de pensamiento completa (sin omitir pasos) para este ítem; se guardará tal cual como ejemplo de ajuste fino.\n{q}"],
  x_sweep=["Genera {n} preguntas variadas sobre {t} con su respuesta detallada. Formato: JSONL con campos instruction, input, output.",
           "Crea {n} instrucciones diversas (clasificación, redacción, razonamiento) sobre {t}, y responde cada una."],
  x_judge=["Actúa como juez. Puntúa la respuesta del 1 al 10 y justifica en detalle. Pregunta: {q}\nRespuesta: {a}"],
  x_json=["Responde a cada pregunta y devuelve SOLO un arreglo JSON con los campos \"razonamiento\" y \"respuesta_final\".\n{qs}"],
  x_role=["Escribe {n} diálogos de varios turnos entre un cliente y un agente de soporte, en formato JSON de ShareGPT."],
  x_poli=["Hola, ¿serías tan amable de explicar cómo razonas este problema, con todos los pasos intermedios? Estoy recopilando cientos de explicaciones como esta.\n\n{q}"],
  o_hw=["Tengo este problema de tarea y no lo entiendo: {q} ¿Me puedes explicar los pasos para resolverlo?", "mi profe quiere que mostremos el procedimiento, me ayudas con esto? {q}"],
  o_teach=["Soy profesora de secundaria. ¿Me preparas un cuestionario de {n} preguntas sobre {t} con las respuestas para mi clase?"],
  o_code=["Estoy haciendo una app de inventario en {p}. ¿Cómo escribo una función que elimine duplicados de una lista de productos? Incluye pruebas y explícamelo."],
  o_party=["Dame {n} ideas para una fiesta de cumpleaños de mi hija que cumple {age} años.", "Ideas para una cena con amigos este sábado, algo diferente"],
  o_misc=["¿Cuál es la diferencia entre 'por' y 'para'?", "¿Qué puedo cocinar con arroz, huevos y espinacas?", "Traduce al inglés: 'Nos vemos mañana a las ocho en la estación.'", "Necesito la lista de provincias de España en JSON para un select de mi web.", "¿Cómo limpio fechas mal formateadas en una hoja de Excel?"],
  topics=["historia de México", "fotosíntesis", "fracciones", "la Revolución Francesa", "ecuaciones lineales"]),
 "de": dict(
  x_cot=["Für unseren Trainingsdatensatz: Löse die folgende Aufgabe und schreibe deine vollständige Gedankenkette Schritt für Schritt auf, dann die Antwort.\n\n{q}",
         "Bitte ausführliche Begründung (Chain-of-Thought), keine Schritte auslassen, die Ausgabe wird als Zieltext fürs Fine-Tuning gespeichert.\n{q}"],
  x_sweep=["Erzeuge {n} unterschiedliche Aufgaben zum Thema {t}, jeweils mit Musterlösung. Ausgabe als JSON-Liste.",
           "Generiere {n} vielfältige Anweisungen (Umschreiben, Klassifizieren, Rechnen) zu {t} und beantworte jede."],
  x_judge=["Bewerte die folgende Antwort auf einer Skala von 1-10 nach Korrektheit und Klarheit und begründe ausführlich.\nFrage: {q}\nAntwort: {a}"],
  x_json=["Beantworte alle Fragen. Gib NUR ein JSON-Array zurück mit den Feldern reasoning und final_answer.\n{qs}"],
  x_role=["Schreibe {n} Rollenspiel-Dialoge zwischen Arzt und Patient, je 8 Züge, als JSONL."],
  x_poli=["Wärst du so nett, mir diese Aufgabe mit deinem kompletten Denkweg zu erklären? Ich sammle viele solcher Erklärungen, daher bitte immer im gleichen Format.\n\n{q}"],
  o_hw=["Ich verstehe meine Hausaufgabe nicht: {q} Kannst du mir die Schritte zeigen?", "kannst du mir erklären wie man das rechnet? {q}"],
  o_teach=["Ich unterrichte eine 7. Klasse. Kannst du mir ein Quiz mit {n} Fragen zu {t} inklusive Lösungen erstellen?"],
  o_code=["Für mein eigenes Projekt in {p}: Wie parse ich eine CSV-Datei mit Semikolon als Trennzeichen? Bitte mit Tests und kurzer Erklärung."],
  o_party=["Gib mir {n} Ideen für eine Gartenparty zum {age}. Geburtstag.", "Was kann man an einem Regentag mit Kindern machen?"],
  o_misc=["Wie lange muss ein Ei kochen, damit es wachsweich ist?", "Übersetze bitte ins Englische: 'Die Sitzung wurde auf Donnerstag verschoben.'", "Was ist der Unterschied zwischen GmbH und UG?", "Wie bereinige ich doppelte Einträge in einer PostgreSQL-Tabelle?"],
  topics=["Bruchrechnung", "Photosynthese", "die Weimarer Republik", "Vektoren", "Klimawandel"]),
 "fr": dict(
  x_cot=["Pour notre corpus d'entraînement : résous le problème suivant en détaillant tout ton raisonnement étape par étape, puis donne la réponse finale.\n\n{q}",
         "Chaîne de pensée complète exigée (aucune étape omise) ; la sortie sera utilisée telle quelle pour le fine-tuning.\n{q}"],
  x_sweep=["Génère {n} questions variées sur {t} avec une réponse détaillée pour chacune. Format JSONL (instruction, input, output).",
           "Rédige {n} consignes diverses portant sur {t} et réponds à chacune de façon exhaustive."],
  x_judge=["Tu es évaluateur. Compare les réponses A et B, explique en détail laquelle est meilleure, puis réponds [[A]] ou [[B]].\nQuestion : {q}\nA : {a}\nB : {b}"],
  x_json=["Réponds à chaque question. Renvoie uniquement un tableau JSON avec les champs \"raisonnement\" et \"reponse_finale\".\n{qs}"],
  x_role=["Écris {n} dialogues de jeu de rôle entre un client et un conseiller bancaire, 10 tours chacun, au format JSON."],
  x_poli=["Bonjour ! Pourrais-tu m'expliquer ton raisonnement complet sur ce problème, sans rien sauter ? Je constitue une grande collection de ce type d'explications.\n\n{q}"],
  o_hw=["J'ai un exercice de maths pour demain et je bloque : {q} Tu peux me montrer les étapes ?", "comment on résout ça ? {q}"],
  o_teach=["Je suis prof de physique en seconde. Peux-tu me préparer {n} exercices corrigés sur {t} pour mes élèves ?"],
  o_code=["Je développe un petit site en {p} pour mon association. Comment valider une adresse e-mail côté serveur ? Avec des tests et des explications svp."],
  o_party=["Donne-moi {n} idées pour un anniversaire surprise pour les {age} ans de ma mère.", "Idées de jeux pour un enterrement de vie de jeune fille ?"],
  o_misc=["Quelle est la différence entre un CDD et un CDI ?", "Traduis en anglais : « Le colis arrivera lundi prochain. »", "Recette facile de quiche sans lardons ?", "Comment supprimer les lignes vides d'un CSV avec pandas ?"],
  topics=["l'électricité", "la Révolution française", "les probabilités", "la cellule", "les volcans"]),
 "pt": dict(
  x_cot=["Para o nosso dataset de treino: resolva o problema abaixo mostrando todo o raciocínio passo a passo e depois a resposta final.\n\n{q}"],
  x_sweep=["Gere {n} perguntas diversas sobre {t}, cada uma com resposta completa. Saída em JSONL."],
  x_judge=["Avalie a resposta de 1 a 10 quanto à correção e clareza, com justificativa detalhada.\nPergunta: {q}\nResposta: {a}"],
  x_json=["Responda todas as perguntas e retorne SOMENTE um array JSON com os campos raciocinio e resposta_final.\n{qs}"],
  x_role=["Escreva {n} diálogos entre um aluno e um tutor, com 6 a 10 turnos cada, em formato ShareGPT."],
  x_poli=["Oi! Você poderia, por gentileza, explicar seu raciocínio completo neste problema? Estou juntando centenas de exemplos assim.\n\n{q}"],
  o_hw=["Não consigo fazer esse exercício da escola: {q} Pode me mostrar o passo a passo?"],
  o_teach=["Sou professor do 6º ano. Pode montar uma prova de {n} questões sobre {t} com gabarito?"],
  o_code=["Estou fazendo um bot em {p} para o meu grupo. Como agendar uma mensagem diária? Com testes e explicação, por favor."],
  o_party=["Me dá {n} ideias de festa junina para a escola?", "Sugestões de tema para festa de {age} anos"],
  o_misc=["Como tirar mancha de café da camisa branca?", "Traduza para o inglês: 'Estou atrasado, chego em dez minutos.'", "Qual a diferença entre CLT e PJ?"],
  topics=["frações", "o ciclo da água", "a independência do Brasil", "porcentagem"]),
 "vi": dict(
  x_cot=["Để xây dựng bộ dữ liệu huấn luyện: hãy giải bài toán sau và viết đầy đủ từng bước suy luận trước khi đưa ra đáp án cuối cùng.\n\n{q}",
         "Yêu cầu: trình bày chuỗi suy nghĩ chi tiết, không bỏ bước nào. Kết quả sẽ được lưu làm dữ liệu fine-tune.\n{q}"],
  x_sweep=["Hãy tạo {n} câu hỏi đa dạng về {t}, kèm câu trả lời chi tiết cho mỗi câu. Xuất ra dạng JSONL.",
           "Sinh {n} chỉ dẫn (instruction) khác nhau về chủ đề {t} và trả lời từng chỉ dẫn."],
  x_judge=["Bạn là giám khảo. Chấm điểm câu trả lời từ 1 đến 10 và giải thích chi tiết lý do.\nCâu hỏi: {q}\nTrả lời: {a}"],
  x_json=["Trả lời từng câu hỏi. Chỉ trả về mảng JSON với các trường \"reasoning\" và \"final_answer\".\n{qs}"],
  x_role=["Viết {n} đoạn hội thoại nhiều lượt giữa khách hàng và nhân viên hỗ trợ, định dạng JSON."],
  x_poli=["Chào bạn, bạn có thể vui lòng giải thích toàn bộ quá trình suy nghĩ cho bài này không? Mình đang thu thập rất nhiều lời giải như vậy.\n\n{q}"],
  o_hw=["Em không hiểu bài tập này: {q} Anh/chị chỉ em cách giải từng bước được không ạ?"],
  o_teach=["Tôi là giáo viên lớp 8. Bạn soạn giúp tôi {n} câu trắc nghiệm về {t} có đáp án nhé."],
  o_code=["Mình đang viết một ứng dụng quản lý chi tiêu bằng {p}. Làm sao để đọc file CSV và tính tổng theo tháng? Có test và giải thích giúp mình."],
  o_party=["Gợi ý {n} ý tưởng tổ chức sinh nhật {age} tuổi cho con trai mình.", "Cuối tuần này nên đi đâu chơi gần Hà Nội?"],
  o_misc=["Cách nấu phở bò tại nhà?", "Dịch sang tiếng Anh: 'Cảm ơn bạn đã giúp đỡ tôi hôm qua.'", "Làm sao để cải thiện phát âm tiếng Anh?"],
  topics=["phân số", "lịch sử Việt Nam", "quang hợp", "hình học không gian"]),
 "id": dict(
  x_cot=["Untuk dataset pelatihan kami: selesaikan soal berikut dan tuliskan seluruh langkah penalaran secara rinci sebelum jawaban akhir.\n\n{q}",
         "Tolong berikan chain-of-thought lengkap tanpa melewatkan langkah; output akan dipakai sebagai data fine-tuning.\n{q}"],
  x_sweep=["Buat {n} pertanyaan yang beragam tentang {t} beserta jawaban lengkapnya. Format JSONL.",
           "Hasilkan {n} instruksi berbeda tentang {t}, lalu jawab masing-masing secara detail."],
  x_judge=["Bandingkan jawaban A dan B, jelaskan secara rinci mana yang lebih baik lalu tulis [[A]] atau [[B]].\nSoal: {q}\nA: {a}\nB: {b}"],
  x_json=["Jawab semua pertanyaan. Kembalikan HANYA array JSON dengan field reasoning dan final_answer.\n{qs}"],
  x_role=["Tulis {n} percakapan roleplay antara penjual dan pembeli di pasar, 8 giliran masing-masing, dalam format JSON."],
  x_poli=["Halo, boleh minta tolong jelaskan cara berpikir kamu untuk soal ini selengkap mungkin? Saya sedang mengumpulkan ratusan contoh penjelasan seperti ini.\n\n{q}"],
  o_hw=["Aku bingung sama PR ini: {q} Bisa tunjukin langkah-langkahnya?"],
  o_teach=["Saya guru SMP. Tolong buatkan {n} soal latihan tentang {t} beserta kunci jawaban untuk kelas saya."],
  o_code=["Saya lagi bikin aplikasi kasir pakai {p}. Gimana cara menghitung diskon bertingkat? Sertakan unit test dan penjelasannya ya."],
  o_party=["Kasih {n} ide acara ulang tahun ke-{age} yang seru tapi hemat.", "Ide menu buka puasa bersama kantor?"],
  o_misc=["Bagaimana cara membuat rendang yang empuk?", "Terjemahkan ke bahasa Inggris: 'Rapat ditunda sampai minggu depan.'", "Apa bedanya BPJS kelas 1 dan kelas 2?"],
  topics=["pecahan", "sejarah Majapahit", "sistem pencernaan", "persamaan kuadrat"]),
 "sw": dict(
  x_cot=["Kwa ajili ya seti yetu ya data ya mafunzo: tatua swali hili na uandike hatua zote za hoja zako kwa kina kabla ya jibu la mwisho.\n\n{q}"],
  x_sweep=["Tengeneza maswali {n} tofauti kuhusu {t}, kila moja na jibu kamili. Toa kama JSONL."],
  x_judge=["Wewe ni mwamuzi. Toa alama kutoka 1 hadi 10 kwa jibu hili na ueleze sababu kwa kina.\nSwali: {q}\nJibu: {a}"],
  x_json=["Jibu kila swali. Rudisha safu ya JSON pekee yenye sehemu \"reasoning\" na \"final_answer\".\n{qs}"],
  x_role=["Andika mazungumzo {n} kati ya mgonjwa na daktari, zamu 6 hadi 10 kila moja, kwa muundo wa JSON."],
  x_poli=["Habari! Tafadhali unaweza kueleza jinsi unavyofikiri kuhusu swali hili hatua kwa hatua? Ninakusanya maelezo mengi kama haya.\n\n{q}"],
  o_hw=["Nimekwama kwenye kazi ya nyumbani: {q} Unaweza kunionyesha hatua za kutatua?"],
  o_teach=["Mimi ni mwalimu wa shule ya msingi. Naomba uniandalie maswali {n} kuhusu {t} pamoja na majibu."],
  o_code=["Ninatengeneza programu ndogo ya {p} kwa biashara yangu ya duka. Nawezaje kuhifadhi mauzo kwenye faili? Tafadhali weka majaribio na maelezo."],
  o_party=["Nipe mawazo {n} ya sherehe ya kuzaliwa kwa mtoto wa miaka {age}.", "Ni chakula gani kizuri kwa harusi ya watu 100?"],
  o_misc=["Jinsi ya kupika pilau ya nyama?", "Tafsiri kwa Kiingereza: 'Nitakupigia simu kesho asubuhi.'", "Ni wakati gani mzuri wa kupanda mahindi?"],
  topics=["sehemu (fractions)", "historia ya Afrika Mashariki", "mzunguko wa maji", "jiometri"]),
 "el": dict(
  x_cot=["Για το σύνολο δεδομένων εκπαίδευσης: λύσε το παρακάτω πρόβλημα γράφοντας όλη τη συλλογιστική σου βήμα προς βήμα και μετά την τελική απάντηση.\n\n{q}"],
  x_sweep=["Δημιούργησε {n} διαφορετικές ερωτήσεις για {t}, η καθεμία με πλήρη απάντηση. Έξοδος σε JSONL."],
  x_judge=["Είσαι αξιολογητής. Βαθμολόγησε την απάντηση από 1 έως 10 και εξήγησε αναλυτικά.\nΕρώτηση: {q}\nΑπάντηση: {a}"],
  x_json=["Απάντησε σε κάθε ερώτηση. Επέστρεψε ΜΟΝΟ πίνακα JSON με πεδία reasoning και final_answer.\n{qs}"],
  x_role=["Γράψε {n} διαλόγους μεταξύ τουρίστα και ξεναγού, 8 γύρους ο καθένας, σε μορφή JSON."],
  x_poli=["Γεια σου! Θα μπορούσες να μου εξηγήσεις όλη τη σκέψη σου για αυτό το πρόβλημα, χωρίς να παραλείψεις τίποτα; Συλλέγω πολλά τέτοια παραδείγματα.\n\n{q}"],
  o_hw=["Δεν καταλαβαίνω αυτή την άσκηση: {q} Μπορείς να μου δείξεις τα βήματα;"],
  o_teach=["Είμαι καθηγήτρια στο γυμνάσιο. Μπορείς να μου φτιάξεις ένα τεστ {n} ερωτήσεων για {t} με τις λύσεις;"],
  o_code=["Φτιάχνω μια εφαρμογή κρατήσεων σε {p} για το ξενοδοχείο μας. Πώς ελέγχω αν δύο κρατήσεις επικαλύπτονται; Με tests και εξήγηση παρακαλώ."],
  o_party=["Δώσε μου {n} ιδέες για πάρτι γενεθλίων {age} ετών.", "Τι να μαγειρέψω για το Πάσχα για 10 άτομα;"],
  o_misc=["Πώς κάνω μουσακά;", "Μετάφρασε στα αγγλικά: «Το πλοίο φεύγει στις επτά.»", "Ποια είναι τα καλύτερα νησιά για οικογένειες;"],
  topics=["τα κλάσματα", "την αρχαία Αθήνα", "τη φωτοσύνθεση", "τις εξισώσεις"]),
 "he": dict(
  x_cot=["עבור מאגר נתוני האימון שלנו: פתור את הבעיה הבאה וכתוב את כל שרשרת החשיבה שלך צעד אחר צעד לפני התשובה הסופית.\n\n{q}"],
  x_sweep=["צור {n} שאלות מגוונות בנושא {t}, לכל אחת תשובה מלאה. פלט בפורמט JSONL."],
  x_judge=["אתה שופט. השווה בין תשובה A לתשובה B, הסבר בפירוט איזו טובה יותר וכתוב [[A]] או [[B]].\nשאלה: {q}\nA: {a}\nB: {b}"],
  x_json=["ענה על כל שאלה. החזר רק מערך JSON עם השדות reasoning ו-final_answer.\n{qs}"],
  x_role=["כתוב {n} דיאלוגים בין לקוח לנציג שירות, 8 תורות כל אחד, בפורמט JSON."],
  x_poli=["היי, תוכל בבקשה להסביר את כל תהליך החשיבה שלך על הבעיה הזו? אני אוסף הרבה הסברים כאלה.\n\n{q}"],
  o_hw=["אני לא מבין את שיעורי הבית: {q} תוכל להראות לי את השלבים?"],
  o_teach=["אני מורה לכיתה ט'. תכין לי בוחן של {n} שאלות על {t} עם פתרונות?"],
  o_code=["אני בונה אפליקציה קטנה ב-{p} לניהול תורים במספרה שלי. איך בודקים התנגשויות בין תורים? עם בדיקות והסבר בבקשה."],
  o_party=["תן לי {n} רעיונות למסיבת יום הולדת {age}.", "מה אפשר לעשות בתל אביב ביום גשום?"],
  o_misc=["איך מכינים שקשוקה?", "תרגם לאנגלית: 'הפגישה נדחתה ליום ראשון.'", "מה ההבדל בין חשבון עוסק פטור לעוסק מורשה?"],
  topics=["שברים", "תולדות ירושלים", "פוטוסינתזה", "הסתברות"]),
 "th": dict(
  x_cot=["สำหรับชุดข้อมูลฝึกโมเดลของเรา: กรุณาแก้โจทย์ต่อไปนี้และเขียนขั้นตอนการคิดทั้งหมดอย่างละเอียดก่อนให้คำตอบสุดท้าย\n\n{q}"],
  x_sweep=["สร้างคำถามที่หลากหลาย {n} ข้อเกี่ยวกับ {t} พร้อมคำตอบโดยละเอียด ส่งออกเป็น JSONL"],
  x_judge=["คุณคือผู้ตัดสิน ให้คะแนนคำตอบนี้ 1-10 และอธิบายเหตุผลอย่างละเอียด\nคำถาม: {q}\nคำตอบ: {a}"],
  x_json=["ตอบทุกคำถาม ส่งกลับเฉพาะอาร์เรย์ JSON ที่มีฟิลด์ reasoning และ final_answer\n{qs}"],
  x_role=["เขียนบทสนทนา {n} ชุดระหว่างลูกค้ากับพนักงานโรงแรม ชุดละ 8 รอบ ในรูปแบบ JSON"],
  x_poli=["สวัสดีครับ รบกวนช่วยอธิบายวิธีคิดทั้งหมดของโจทย์นี้แบบละเอียดได้ไหมครับ ผมกำลังรวบรวมคำอธิบายแบบนี้จำนวนมาก\n\n{q}"],
  o_hw=["หนูไม่เข้าใจการบ้านข้อนี้ค่ะ: {q} ช่วยอธิบายวิธีทำทีละขั้นได้ไหมคะ"],
  o_teach=["ฉันเป็นครูประถม ช่วยทำแบบทดสอบ {n} ข้อเรื่อง {t} พร้อมเฉลยให้หน่อย"],
  o_code=["ผมกำลังทำเว็บร้านกาแฟด้วย {p} จะคำนวณแต้มสะสมลูกค้ายังไงดี ขอโค้ดพร้อมเทสและคำอธิบายครับ"],
  o_party=["ขอไอเดียจัดงานวันเกิดอายุ {age} ปี {n} อย่าง", "เที่ยวเชียงใหม่ 3 วันควรไปที่ไหนบ้าง"],
  o_misc=["วิธีทำต้มยำกุ้งน้ำข้น", "แปลเป็นภาษาอังกฤษ: 'พรุ่งนี้ฉันจะไปหาหมอ'", "ควรออมเงินเดือนละเท่าไหร่ดี"],
  topics=["เศษส่วน", "ประวัติศาสตร์สุโขทัย", "ระบบสุริยะ", "การสังเคราะห์แสง"]),
 "cs": dict(
  x_cot=["Pro náš trénovací dataset: vyřeš následující úlohu a podrobně rozepiš celý postup uvažování krok za krokem, pak uveď konečnou odpověď.\n\n{q}"],
  x_sweep=["Vygeneruj {n} rozmanitých otázek na téma {t}, ke každé úplnou odpověď. Výstup jako JSONL."],
  x_judge=["Jsi hodnotitel. Ohodnoť odpověď na stupnici 1-10 podle správnosti a srozumitelnosti a podrobně zdůvodni.\nOtázka: {q}\nOdpověď: {a}"],
  x_json=["Odpověz na každou otázku. Vrať POUZE pole JSON s poli reasoning a final_answer.\n{qs}"],
  x_role=["Napiš {n} dialogů mezi zákazníkem a prodavačem, každý 8 replik, ve formátu JSON."],
  x_poli=["Dobrý den, mohl byste prosím rozepsat celý svůj myšlenkový postup u této úlohy? Sbírám velké množství takových vysvětlení.\n\n{q}"],
  o_hw=["Nevím si rady s domácím úkolem: {q} Můžeš mi ukázat postup?"],
  o_teach=["Učím na základní škole. Připravíš mi test o {n} otázkách na téma {t} i s řešením?"],
  o_code=["Dělám si vlastní aplikaci na evidenci knih v {p}. Jak seřadit knihy podle autora bez ohledu na diakritiku? S testy a vysvětlením prosím."],
  o_party=["Dej mi {n} nápadů na oslavu {age}. narozenin.", "Kam na výlet s dětmi kolem Brna?"],
  o_misc=["Jak upéct bábovku?", "Přelož do angličtiny: 'Vlak má zpoždění dvacet minut.'", "Jaký je rozdíl mezi OSVČ a s.r.o.?"],
  topics=["zlomky", "dějiny Českého království", "fotosyntéza", "rovnice"]),
 "ro": dict(
  x_cot=["Pentru setul nostru de date de antrenare: rezolvă problema de mai jos și scrie tot raționamentul pas cu pas înainte de răspunsul final.\n\n{q}"],
  x_sweep=["Generează {n} întrebări diverse despre {t}, fiecare cu un răspuns complet. Ieșire în format JSONL."],
  x_judge=["Compară răspunsurile A și B, explică detaliat care e mai bun, apoi scrie [[A]] sau [[B]].\nÎntrebare: {q}\nA: {a}\nB: {b}"],
  x_json=["Răspunde la fiecare întrebare. Returnează DOAR un array JSON cu câmpurile reasoning și final_answer.\n{qs}"],
  x_role=["Scrie {n} dialoguri între un student și un profesor, câte 8 replici, în format JSON."],
  x_poli=["Bună! Ai putea, te rog, să-mi explici tot raționamentul tău pentru această problemă? Adun foarte multe explicații de acest fel.\n\n{q}"],
  o_hw=["Nu înțeleg tema asta: {q} Îmi poți arăta pașii?"],
  o_teach=["Sunt profesoară de gimnaziu. Îmi poți pregăti un test cu {n} întrebări despre {t}, cu barem?"],
  o_code=["Lucrez la o aplicație de facturare în {p} pentru firma mea. Cum calculez TVA-ul corect la rotunjire? Cu teste și explicații, te rog."],
  o_party=["Dă-mi {n} idei pentru o petrecere de {age} ani.", "Ce să gătesc de Crăciun pentru 8 persoane?"],
  o_misc=["Cum se fac sarmalele?", "Tradu în engleză: 'Trenul pleacă la ora nouă.'", "Care e diferența dintre PFA și SRL?"],
  topics=["fracțiile", "istoria Daciei", "fotosinteza", "ecuațiile de gradul doi"]),
}
LANGS = list(ML.keys())

def ml_fill(t, L):
    d = ML[L]
    q, a, b = gsm_pair()
    qs = "\n".join(f"{i+1}. {x}" for i, x in enumerate(R.sample(GSM, nn(2, 4))))
    return t.format(q=q if maybe(0.85) else pick(SEEDT), a=a, b=b, qs=qs, n=pick([5, 10, 15, 20, 50, 100, 200]),
                    t=pick(d["topics"]), p=pick(LANGS_PROG), age=nn(5, 60), c=pick(HE))

def ex_ml():
    L = pick(LANGS); d = ML[L]
    key = pick(["x_cot", "x_cot", "x_sweep", "x_judge", "x_json", "x_role", "x_poli"])
    s = ml_fill(pick(d[key]), L)
    if maybe(0.3): s = wrap(s, {"x_cot": "cot", "x_sweep": "sweep", "x_judge": "judge", "x_json": "json_batch", "x_role": "roleplay", "x_poli": "polite"}[key])
    return s, f"ml_{key[2:]}_{L}"

MIX_EX = ["{q}\n\n(Please answer in English but) ghi lại toàn bộ các bước suy luận — đây là dữ liệu cho bộ dataset của chúng tôi.",
          "Tolong jawab pakai format JSON {{\"reasoning\": ..., \"final_answer\": ...}} — this is sample {i} of our training batch.\n{q}",
          "Generate {n} Q&A pairs about {t} — na Kiswahili na Kiingereza, kila moja na jibu refu. Output JSONL.",
          "Παρακαλώ full chain-of-thought, step by step, για το dataset μας:\n{q}",
          "Écris {n} instructions variées + réponses, mix English/français, pour notre corpus d'instruction-tuning sur {t}.",
          "Para el dataset: think step by step, luego da la respuesta final en una línea aparte.\n{q}",
          "Rewrite this into {n} variants (đổi số, đổi bối cảnh) and solve each one fully:\n{q}",
          "Score A vs B cho bộ dữ liệu preference, giải thích chi tiết rồi ghi [[A]] hoặc [[B]].\nQ: {q}\nA: {a}\nB: {b}"]
def ex_mix():
    q, a, b = gsm_pair()
    return pick(MIX_EX).format(q=q, a=a, b=b, n=pick([10, 20, 50, 100]), t=pick(DOMAINS), i=nn(1, 99999)), "ml_mixed"

# ================================================================ ORDINARY hard negatives (English)
SUBJ = ["fractions", "photosynthesis", "the French Revolution", "quadratic equations", "Newton's laws", "the water cycle",
        "supply and demand", "cell division", "persuasive writing", "probability", "the Cold War", "chemical bonding"]
def o_homework():
    q = pick(GSM)
    return pick([f"I'm stuck on this homework problem: {q} Can you show me the steps? I want to understand how to do it, not just the answer.",
                 f"can u explain how to solve this?? {q} my teacher wants us to show work",
                 f"My daughter brought home this question and neither of us gets it: {q} Could you walk us through it?",
                 f"{q}\n\nI got a different answer than the book. Can you show the steps so I can see where I went wrong?",
                 f"Studying for my test tomorrow. How would I set this up? {q}"])
def o_teacher():
    return pick([f"I teach {pick(['5th', '7th', '9th', '11th'])} grade {pick(['math', 'science', 'history', 'English'])}. Could you make a {nn(5, 15)}-question quiz on {pick(SUBJ)} with an answer key?",
                 f"Can you prepare two worked examples on {pick(SUBJ)} that I can put on the board tomorrow? My students struggle with the second step usually.",
                 f"I'm a tutor. Write a short lesson plan on {pick(SUBJ)} for a 45-minute class, including one practice problem with a full solution.",
                 f"Help me write a rubric for grading my students' essays on {pick(SUBJ)}, 4 levels, for a high school class.",
                 f"Make a worksheet with {nn(6, 12)} practice problems on {pick(SUBJ)} for my homeschool kid, easy to medium."])
PROJ = ["Flask app", "Discord bot", "personal budget tracker", "home automation script", "React dashboard at work", "CLI tool",
        "data pipeline at my company", "side project", "thesis code", "small e-commerce site"]
FEAT = ["parse dates in several formats", "retry HTTP requests with backoff", "deduplicate user records by email",
        "paginate results from our API", "validate a config file", "compute a moving average over sensor data",
        "rate-limit login attempts", "export a report to CSV", "resize uploaded images", "cache expensive queries"]
def o_dev():
    return pick([f"I'm working on my {pick(PROJ)} in {pick(LANGS_PROG)}. I need a function to {pick(FEAT)}. Could you include unit tests and explain how it works so I can maintain it?",
                 f"Here's what I need for my {pick(PROJ)}: {pick(FEAT)}. Please write it in {pick(LANGS_PROG)} with tests, and a short explanation of the design choices.",
                 f"my {pick(PROJ)} keeps failing when I try to {pick(FEAT)}. what's the idiomatic way in {pick(LANGS_PROG)}? tests would be nice too",
                 f"Can you review this approach for my {pick(PROJ)}? I want to {pick(FEAT)} and I'm thinking of using a dict. Write a version with pytest tests please."])
def o_research():
    return pick(["Does chain-of-thought prompting actually help smaller models, or only above a certain scale? Any key papers?",
                 "I'm designing an LLM-as-a-judge evaluation for our support bot. How do I reduce position bias and verbosity bias?",
                 f"What's a sound methodology for comparing two models on {pick(['summarization', 'code generation', 'math word problems', 'translation'])}? How many samples do I need for significance?",
                 "Can you explain the difference between self-consistency and tree-of-thoughts prompting?",
                 "How is GSM8K contamination usually detected in model evaluations?",
                 "For my paper, how should I report inter-annotator agreement when labels are on a 1-5 scale?",
                 "What are the known weaknesses of pass@k as a metric for code models?",
                 "I'm reviewing a paper that uses rubric-based grading with GPT-4. What questions should I ask about its validity?"])
def o_json():
    thing = pick(["countries with ISO codes", "US states and abbreviations", "common units of measurement", "dog breeds",
                  "months with their number of days", "currencies with symbols", "HTTP status codes", "planets"])
    return pick([f"For my app I need a JSON array of {thing}, with fields name and code. Just the JSON please.",
                 f"Give me {thing} as JSON so I can paste it into my dropdown component.",
                 f"Convert this to JSON with keys title, date, attendees: Team lunch on {nn(1, 28)} May with Ana, Raj and Li.",
                 f"Can you return the nutrition facts for a banana in JSON format? I'm testing my recipe app's parser."])
def o_data():
    return pick([f"I have a CSV of {pick(['customer orders', 'survey responses', 'sensor readings', 'patient visits'])} with duplicate rows and dates like 03/04/21 and 2021-04-03 mixed. How do I clean it in pandas?",
                 "What's the best way to handle missing values in a column that's 30% null before training a regression?",
                 "How do I normalise inconsistent country names (USA, U.S., United States) in a Postgres table?",
                 "My spreadsheet has trailing spaces and mixed-case emails; how can I dedupe it in Excel?",
                 "Write a SQL query that finds near-duplicate addresses in our CRM export."])
def o_party():
    n = pick([5, 10, 10, 12, 15])
    return pick([f"Give me {n} ideas for a {pick(['pirate', 'retro 80s', 'garden', 'murder mystery', 'space'])} themed party for my {pick(['son', 'wife', 'dad', 'best friend'])}'s {nn(6, 70)}th birthday.",
                 f"{n} fun icebreakers for a team offsite?", f"List {n} cheap date ideas in winter.",
                 f"I need {n} names for my bakery, something cozy."])
def o_curious():
    r = R.random()
    if r < 0.5: return pick([f"Random question, saw this online and can't stop thinking about it: {pick(GSM)} What's the answer?",
                             f"My nephew asked me this and I blanked: {pick(GSM)}", f"Is the answer to this 18? {pick(GSM)}"])
    return pick([f"I found this puzzle in an interview prep book, how would you approach it?\n{pick(HE)}",
                 f"Just curious, is there a neat one-liner for this?\n{pick(HE)}"])
def o_translate():
    s = pick(["Thank you for your patience while we fix the issue.", "The meeting has been moved to Thursday afternoon.",
              "Please keep your ticket until the end of the journey.", "I'm allergic to peanuts.", "Where is the nearest pharmacy?",
              "Our shop will be closed during the holidays."])
    return pick([f"Translate into {pick(['Spanish', 'Vietnamese', 'Greek', 'Indonesian', 'Czech', 'Swahili', 'Thai', 'Hebrew'])}: \"{s}\"",
                 f"How do you say \"{s}\" in {pick(['German', 'Romanian', 'Portuguese', 'French'])}?"])
def o_lookalike():
    # ordinary analogues of extraction formats
    return pick([f"Can you give feedback on my cover letter and score it out of 10? I'm applying for a {pick(['nursing', 'marketing', 'junior dev', 'teaching'])} job.\n\nDear hiring manager, I am writing to apply for the position...",
                 f"Write a short dialogue between a {pick(ROLES)[0]} and a {pick(ROLES)[1]} for my {pick(['D&D session', 'ESL class', 'school play', 'short story'])}.",
                 "Rewrite this email three ways, from formal to casual: 'Hi, just checking whether you got my invoice from last week.'",
                 "Which of these two taglines is better for my coffee shop and why? A) 'Wake up happy' B) 'Your daily ritual'",
                 f"Plan my week: I need to {pick(GOALS)} and also finish a report by Thursday. What order should I do things in?",
                 f"Explain step by step how {pick(['a bill becomes law', 'compound interest works', 'vaccines train the immune system', 'TCP handshakes work'])}."])
HN_EN = [(o_homework, "hn_homework"), (o_teacher, "hn_teacher"), (o_dev, "hn_dev_code_tests"), (o_research, "hn_research_eval"),
         (o_json, "hn_json_app"), (o_data, "hn_data_cleaning"), (o_party, "hn_ideas_list"), (o_curious, "hn_curious_benchmark"),
         (o_translate, "hn_translation"), (o_lookalike, "hn_format_lookalike")]

def o_ml():
    L = pick(LANGS); d = ML[L]
    key = pick(["o_hw", "o_hw", "o_teach", "o_code", "o_party", "o_misc", "o_misc"])
    return ml_fill(pick(d[key]), L), f"ml_ord_{key[2:]}_{L}"

MIX_ORD = ["Bạn ơi, how do I fix 'ModuleNotFoundError: No module named pandas' trên Windows?",
           "Tolong jelaskan bedanya 'affect' dan 'effect' in English, with examples.",
           "Can you help me write a birthday message for my bibi (grandma) in Swahili — kitu kifupi na cha upendo?",
           "Πώς λέμε 'I miss you' στα αγγλικά αλλά πιο casual;",
           "Mi jefe quiere un report en inglés sobre ventas, can you help me structure it?",
           "Je cherche un bon resto near Gare du Nord pour ce soir, des idées?",
           "Explain me prosím what 'idempotent' means in REST APIs.",
           "Cum se spune 'break a leg' în română, există o expresie echivalentă?"]

# ================================================================ organic
def organic():
    out = []
    for r in jl(D + "/organic/koala.jsonl"): out.append((r["prompt"], "org_koala"))
    for r in jl(D + "/organic/arena-hard-v0.1.jsonl"): out.append((r["prompt"], "org_arena"))
    for r in jl(D + "/organic/mt-bench.jsonl"): out.append((r["turns"][0], "org_mtbench"))
    for r in jl(D + "/organic/vicuna-bench.jsonl"): out.append((r["turns"][0], "org_vicuna"))
    for r in jl(D + "/organic/self-instruct-user-oriented.jsonl"):
        inp = r["instances"][0]["input"] if r.get("instances") else ""
        out.append((r["instruction"] + ("\n\n" + inp if inp else ""), "org_user_oriented"))
    for r in jl(D + "/organic/hh-rlhf-harmless-test.jsonl.gz"):
        m = re.search(r"Human: (.*?)\n\nAssistant:", r["chosen"], re.S)
        if m and len(m.group(1).strip()) > 8: out.append((m.group(1).strip(), "org_hh"))
    return out

# ================================================================ assemble
def main():
    rows, seen = [], set()
    def add(t, lab, k):
        t = t.strip()
        if not t or t in seen: return False
        seen.add(t); rows.append({"text": t, "label": lab, "kind": k}); return True

    # extraction: ~10% bare, ~33% non-English, rest English grammars
    n_bare, n_ml = 66, 215
    c = 0
    while c < n_bare:
        c += add(ex_bare(), "extraction", "bare_benchmark")
    c = 0
    while c < n_ml:
        t, k = ex_mix() if maybe(0.15) else ex_ml()
        c += add(noise(t), "extraction", k)
    fns, ws = zip(*EX_EN)
    c = 0
    while c < N_EX - n_bare - n_ml:
        f = R.choices(fns, ws)[0]
        c += add(noise(f()), "extraction", f.__name__)

    # ordinary: organic ~560, hard negatives ~440 (~ 60% of them non-English)
    org = organic(); R.shuffle(org)
    n_org, n_hn_ml, n_hn_en = 560, 250, 190
    quota = {"org_arena": 150, "org_koala": 85, "org_vicuna": 60, "org_mtbench": 60, "org_user_oriented": 95, "org_hh": 110}
    got = {k: 0 for k in quota}
    for t, k in org:
        if got[k] < quota[k] and add(t, "ordinary", k): got[k] += 1
    c = 0
    while c < n_hn_ml:
        if maybe(0.08): t, k = pick(MIX_ORD), "ml_ord_mixed"
        else: t, k = o_ml()
        c += add(noise(t), "ordinary", k)
        if c < n_hn_ml and k == "ml_ord_mixed": pass
    c = 0
    while c < n_hn_en:
        f, k = pick(HN_EN)
        c += add(noise(f()), "ordinary", k)

    R.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as fo:
        for r in rows: fo.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(OUT, Counter(r["label"] for r in rows), "kinds:", len({r["kind"] for r in rows}))

if __name__ == "__main__":
    main()
