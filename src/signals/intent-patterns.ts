/**
 * Transparent pattern families behind the extraction-intent reason codes (`intent:<kind>`).
 *
 * Each family is a handful of regular expressions compiled once at module load. They look for the *frame* of
 * an extraction request, not its topic: a maths question alone matches nothing here; "show every step of your
 * reasoning", "grade this answer 1-10", "generate 20 diverse tasks", "### Instruction: … ### Response:" or
 * "answer each of the following in JSON" do. The families also feed the intent model as features, so the
 * score learns how much each family is worth next to the wording around it.
 *
 * Evasion (per family, and why it matters less in aggregate):
 * - cot-elicitation: ask for reasoning indirectly ("teach me how you'd get there") or use a system prompt the
 *   provider does not log; the model's hashed n-grams still see paraphrases that share words.
 * - rubric-grading: disguise grading as "feedback on my friend's answer"; the account step still sees the
 *   (question, answer) pair shape repeating across thousands of requests.
 * - instruction-generation: ask for one item per request instead of N; that multiplies request count.
 * - benchmark-item: strip benchmark scaffolding and send bare items; the template/novelty signals then carry
 *   the case (never-repeated items from one capability taxonomy across many accounts).
 * - bulk-format: drop the structured-output request and parse free text; costs the attacker post-processing.
 */

import { foldCase } from './case-fold.js';
import { LiteralGate } from './literal-gate.js';

export type IntentKind = 'cot-elicitation' | 'rubric-grading' | 'instruction-generation' | 'benchmark-item' | 'bulk-format';
export const INTENT_KIND_LIST: readonly IntentKind[] = ['cot-elicitation', 'rubric-grading', 'instruction-generation', 'benchmark-item', 'bulk-format'];

// Ordinary words that can separate the verb from the object, bounded so the patterns stay local.
const NEAR = String.raw`[^.\n?!]{0,48}?`;

const COT: readonly RegExp[] = [
  /\bstep[- ]by[- ]step\b/i,
  /\bchain[- ]of[- ]thought\b/i,
  new RegExp(String.raw`\b(show|explain|describe|write|walk (?:me )?through|give|provide|include|detail|outline|spell out|lay out|narrate|list|respond with|start with|begin with|share|reveal|document|expose|print|verbali[sz]e|articulate|demonstrate|elaborate|justify|enumerate|record|emit|produce|generate|output|put|number|break down|trace)\b${NEAR}\b(reasoning|thought process|thinking|your work|working|derivation|rationale|line of thought|scratchpad|inner monologue|deliberations?|inferences?|deductions?|each (?:step|inference|deduction|stage|calculation)|every (?:step|inference|deduction|stage|calculation|thought)|all (?:the |of the |your )?(?:steps|calculations)|intermediate (?:steps|results|calculations|conclusions)|how you (?:got|arrived|reached))\b`, 'i'),
  /\bthink(?:ing)? (?:it |this )?(?:through|carefully|out loud|aloud|slowly|hard|deliberately|before (?:answering|you answer|responding))\b/i,
  /\blet(?:'?s| us) (?:think|work|reason)\b/i,
  /\b(?:reasoning|thinking|thought|rationale|derivation) (?:trace|chain|mode|tokens)\b|\bchain of (?:logic|reasoning|inferences?)\b/i,
  /\b(?:each|every|all(?: the)?) (?:intermediate|individual) (?:steps?|results?|calculations?|conclusions?|deductions?)\b|\bhow you (?:reached|arrived at|got to|derived) (?:each|every|the|your)\b/i,
  /\b(?:exhaustive|thorough|explicit) (?:about|with|on|in) (?:the |your |all )?(?:steps|reasoning|working|logic|derivation)\b/i,
  /["'](?:rationale|reasoning|thoughts?|thinking|chain_of_thought|cot|derivation|steps)["']\s*[:,)]/i,
  /\breason (?:about|through|carefully|step)\b/i,
  /<\/?think(?:ing)?>/i,
  /\bshow your work\b/i,
];

const RUBRIC_WORD = /\b(rubric|grading criteria|scoring guide|likert|reward model|preference (?:model|score)|ground[- ]truth (?:answer|label))\b/i;
const RUBRIC_VERB = new RegExp(String.raw`\b(grade|score|rate|evaluate|assess|judge|critique|mark|review)\b${NEAR}\b(answer|response|solution|output|reply|completion|submission|essay|attempt|prediction|generation)s?\b`, 'i');
const RUBRIC_SCALE = /(\b\d+\s*(?:-|to|–)\s*\d+\b|\bout of \d+\b|\/\s*(?:5|10|100)\b|\bscale\b|\bpoints?\b|\bpass(?:\/| or )fail\b|\b(?:in)?correct or (?:in)?correct\b|\bCORRECT\b|\bverdict\b|\bgrade [A-F]\b|\(A-F\)|\b(?:zero|one|two|three|four|five) to (?:five|seven|ten|hundred)\b|\b(?:PASS|FAIL|TRUE or FALSE|yes\/no|A or B)\b|\bquality (?:rating|score|label)\b)/i;
const RUBRIC_ROLE = /\b(candidate|student|model|reference|proposed|attempted|generated|assistant'?s?|predicted|gold) (answer|response|solution|output|reply|completion)\b/i;
/** An empty score slot such as `Score: X/10`, `Rating:` at the end, `Grade: _/100`. */
const RUBRIC_SLOT = /\b(?:score|rating|grade|mark)\s*:\s*(?:\S{0,6}\s*\/\s*\d+|$)/i;
const RUBRIC_JUDGE = /\b(act as|acting as|you are|you will act as|serve as|your role is) (?:a |an )?(?:strict |impartial |expert |fair |neutral )?(judge|grader|evaluator|reviewer|annotator|rater|critic)\b|\bwhich (?:of the (?:two|following) )?(?:responses?|answers?|outputs?|completions?) is (?:better|more helpful|preferred)\b/i;

const GEN_VERB = String.raw`(generate|write|create|come up with|produce|brainstorm|invent|compose|draft|give me|make|design|propose|expand|synthesi[sz]e|elaborate|formulate|devise|rewrite|rephrase|paraphrase|list|think of|output|diversify)`;
const GEN_COUNT = String.raw`(\d+|ten|twenty|thirty|fifty|hundred|several|many|a (?:set|list|batch|bunch|variety|series|collection|range) of|more|additional|new|fresh|diverse|varied|distinct|different|novel|harder|synthetic)`;
const GEN_OBJ = String.raw`(instructions?|tasks?|questions?|prompts?|problems?|exercises?|examples?|quer(?:y|ies)|requests?|variations?|items?|samples?|test cases?|triples?|pairs?|puzzles?|scenarios?|variants?|paraphrases?|rephrasings?|conversations?|dialogues?|openers?|starters?|instances?|data ?points?)`;
const GEN: readonly RegExp[] = [
  new RegExp(String.raw`\b${GEN_VERB}\b${NEAR}\b${GEN_COUNT}\b${NEAR}\b${GEN_OBJ}\b`, 'i'),
  /\b(?:for|to) (?:train|fine-?tune|build|create)\b[^.\n]{0,30}\b(?:model|dataset|llm|corpus)\b/i,
  /\bin the same (?:format|style)\b[^.\n]{0,40}\b(?:more|additional|new)\b/i,
  /\b(?:that|which) (?:a |an )?(?:user|users|someone|people|student|customer)s? (?:might|could|would|may) (?:ask|send|type|pose)\b/i,
  /\b(?:instruction|prompt|question|task)\b[^.\n]{0,30}\b(?:into|to be) (?:a )?more (?:complex|difficult|challenging)\b/i,
  /\bone (?:instruction|task|question|prompt|request|query) per line\b/i,
  new RegExp(String.raw`\b(?:\d+|ten|twenty|fifty|hundred) more (?:${GEN_OBJ}|entries|ones)? ?(?:like (?:these|this|them|the above)|in the same (?:style|format|spirit))\b`, 'i'),
  new RegExp(String.raw`\b${GEN_VERB}\b${NEAR}\b(?:training|fine-?tuning|synthetic|instruction-tuning) (?:data(?:set)?|examples?|set|corpus|samples?)\b`, 'i'),
];

const BENCH: readonly RegExp[] = [
  /###\s*(?:instruction|response|input)\s*:?/i,
  /\bbelow is an instruction that describes a task\b/i,
  /\b(?:answer|respond|reply)(?: only)? with (?:only |just )?(?:the |a )?(?:final )?(?:number|letter|answer|option|choice|integer)\b/i,
  /\b(?:only the final (?:answer|number)|final answer only|solution only|return only (?:the )?code|output only the)\b/i,
  /(?<!\bnot |not want |n't want |not need |n't need )\b(?:only|just) (?:the |your |a |its )?(?:final |exact )?(?:numeric(?:al)? |integer |single )?(?:answer|number|value|result|letter|option)\b|\b(?:final )?(?:answer|number|value|letter|result) only\b/i,
  /\b(?:no|without(?: any)?) (?:explanation|commentary|working|justification|extra text|additional text|prose)\b/i,
  /\b(?:question|item|problem|sample) (?:#?\d+ )?(?:of|from) the\b[^.\n]{0,30}\b(?:test|eval(?:uation)?|benchmark|held-?out) (?:set|split|suite)\b|\b(?:eval(?:uation)?|benchmark|test) item\b/i,
  /\b(?:therefore,? )?the (?:final )?answer is\s*$/i,
  /<<[^<>\n]{1,40}=[^<>\n]{1,20}>>/,
  /(?:^|\n)####\s*-?\d/,
  /(?:^|\n)\s*\(?[A-D][).]\s+\S[^\n]*\n\s*\(?[B-E][).]\s+\S/,
  /\bcomplete the (?:following )?(?:python |javascript |java |c\+\+ )?(?:function|code|program|snippet)\b/i,
  /\bdef \w+\([^)]*\)[^\n]*:\s*\n\s*(?:"""|''')[\s\S]{0,2000}?>>>/,
  /<(problem|question|task|item)(?:\s[^<>\n]{0,40})?>|<answer_format>/i,
];
/** Benchmark scaffold: a labelled item line plus an empty answer slot at the end. */
const BENCH_LABEL = /(?:^|\n)\s*(?:\*\*|\[|={2,}\s*|-{2,}\s*)?(?:question|problem|q|task|item|test case|exercise|input|prompt|sample|exam question)\s*#?\d*\s*[:.)\]=-]/i;
const BENCH_SLOT = /(?:^|\n)\s*(?:\*\*|\[|={2,}\s*|-{2,}\s*)?(?:answer|a|solution|output|response|expected(?: answer| output)?|final answer|your answer)(?:\s*\([^()\n]{0,30}\))?\s*:?\s*(?:\*\*|\]|={2,}|-{2,})?\s*$/i;

/** A request for a data format (JSON, YAML, a table…): what every application that parses answers asks for. */
const FORMAT_REQUEST = /\b(?:respond|answer|reply|output|return|format|emit|give|provide|write|present)\b[^.\n]{0,50}\b(?:json|yaml|xml|csv|tsv|jsonl|json lines|markdown table|table with columns|python list|json array)\b/i;
/** Bulk output proper: answer tags, many items answered at once, answers kept in order, a fixed answer template. */
const BULK_BATCH: readonly RegExp[] = [
  /<(?:answer|reasoning|thinking|solution|rationale|final|analysis)>/i,
  /\b(?:answer|solve|process|handle|respond to|do|complete|address) (?:each|all|every(?: one)?|the totality)(?: of)? (?:the |these |this |those )?(?:following|these|below|items?|questions?|inputs?|tasks?|rows?|entries|problems?)\b/i,
  /\b(?:for|on) (?:each|every) (?:of the )?(?:following|item|question|input|problem|example|row|line|entry|element|task)\b/i,
  /\b(?:in the same order|(?:keep|maintain)(?:ing)? the (?:same )?order|one (?:line|answer|row) per (?:answer|question|item|input|task)|number(?:ing)? (?:your|the|each) answers?|separat(?:e|ing) (?:each|the|your) (?:answers?|responses?|outputs?))\b/i,
  /(?:^|\n)[A-Z][A-Z_ ]{2,20}:\s*<[^>\n]{2,40}>/,
  /\b(?:exactly|strictly) (?:this|the following) (?:template|format|schema)\b/i,
];
const BULK: readonly RegExp[] = [FORMAT_REQUEST, ...BULK_BATCH];

/**
 * The same frames in the training languages of the multilingual grammar (German, Spanish, French, Portuguese,
 * Russian, Chinese, Japanese, Korean, Arabic), as phrases, not single common words: "only" alone ("だけ", "فقط") is
 * everywhere in ordinary requests. Latin-script phrases join their family (behind the literal gate); phrases in other
 * scripts run only on texts that hold a character of those scripts, so English prompts never pay for them.
 */
const COT_LATIN = /schritt für schritt|lösungsweg|rechenweg|denkprozess|denkschritte|gedankengang|zwischenschritte|herleitung|paso a paso|razonamiento|cadena de pensamiento|étape par étape|raisonnement|chaîne de pensée|passo a passo|raciocínio|cadeia de pensamento/i;
const RUBRIC_LATIN = /(?:skala|escala|échelle) (?:von|de|del) \d+|bewerte die|califica la|note la réponse|avalie a resposta|(?:richtig|correcta|correcte|correta) (?:oder|o|ou) (?:falsch|incorrecta|incorrecte|incorreta)/i;
const GEN_LATIN = /trainingsdatensatz|trainingsdaten|datos de entrenamiento|données d'entraînement|dados de treino|datensatz für|dataset sint|synthétique|umformulieren|formuliere diese|reformula esta|reformule cette|reformule esta/i;
// "Not only the result" is the learner's opposite of "only the result": negated forms do not count.
const BENCH_LATIN = /(?<!nicht )nur (?:die endgültige antwort|das ergebnis|den code|den fertigen code|mit dem buchstaben)|ausschließlich mit|(?<!no (?:quiero |busco |me des )?)solo (?:la respuesta|el resultado|el código)|únicamente con|sin explicación|(?<!pas )uniquement (?:la réponse|le code|par la lettre)|sans explication|(?<!não (?:quero )?)apenas a resposta|somente com|sem explicação/i;
const BULK_BATCH_LATIN = /jede der folgenden|alle folgenden|cada una de las siguientes|todos los problemas siguientes|chacune des questions suivantes|tous les problèmes suivants|cada uma das perguntas|todos os problemas abaixo/i;
const FORMAT_REQUEST_LATIN = /formato json|format json|json-format|(?:als|como|comme) json/i;
const BULK_LATIN = new RegExp(`${BULK_BATCH_LATIN.source}|${FORMAT_REQUEST_LATIN.source}`, 'i');
const BULK_BATCH_OTHER = /каждый из следующих|все задачи ниже|下面的每一个|以下所有|以下の各|すべて解いて|다음 각|모두 푸세요|كل سؤال من|جميع المسائل/;
const FORMAT_REQUEST_OTHER = /(?:формате?|格式|形式|형식|تنسيق|صيغة)[^.\n]{0,6}json|json[- ]?(?:формате|格式|形式|형식)|(?:в виде|в|以|で|로) ?json/;
const I18N_OTHER: ReadonlyArray<readonly [number, RegExp]> = [
  [1, /шаг за шагом|пошагово|рассуждени|цепочк[уа] рассуждений|一步一步|逐步|每一步|推理过程|解题思路|思考过程|思维链|解题过程|ステップバイステップ|推論|思考過程|途中式|手順をすべて|一歩ずつ|단계별|추론|사고 과정|풀이 과정|خطوة بخطوة|استدلال|سلسلة أفكار/],
  [2, /шкал[еау] от \d+|оцени (?:следующий|ответ)|打分|採点|채점|قيّم الإجابة|مقياس من|尺度で|척도로|верно или неверно|正确还是错误|正解か不正解|정답인지 오답/],
  [4, /обучающ(?:ий|его) (?:датасет|набор)|训练数据|学習用データ|학습용 데이터|بيانات تدريب|ファインチューニング|파인튜닝|微调|синтетическ|合成数据|合成データ|합성 데이터|перефразируй|改写|言い換え|바꿔 쓰|أعد صياغة/],
  [8, /только (?:окончательный ответ|ответ|результат|код|числом|буквой)|без объяснений|只(?:给出|回答|要|输出|返回)|不要解释|不用解释|最終的な答えだけ|数字だけ|コードのみ|結果のみ|値のみ|説明は不要|답만|숫자로만|코드만|결과만|설명 없이|الإجابة النهائية فقط|بالرقم فقط|الكود فقط|النتيجة فقط|دون شرح|بدون شرح/],
  [16, new RegExp(`${BULK_BATCH_OTHER.source}|${FORMAT_REQUEST_OTHER.source}`)],
];
/** A letter of the scripts I18N_OTHER is written in (not the curly quotes and dashes of English text). */
const OTHER_SCRIPT = /[\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]/;

/** Precomputed bit per kind, in INTENT_KIND_LIST order. */
export const KIND_BIT: Readonly<Record<IntentKind, number>> = {
  'cot-elicitation': 1,
  'rubric-grading': 2,
  'instruction-generation': 4,
  'benchmark-item': 8,
  'bulk-format': 16,
};

/**
 * A family's patterns: the case-insensitive ones are folded to run on lower-cased text (see case-fold.ts) behind one
 * literal gate shared by all families (see literal-gate.ts), so a pattern runs only on texts that contain one of
 * its literals; case-sensitive ones run on the original text, so their meaning does not change.
 */
interface Family {
  /** Indices [from, to) of its folded patterns in GATE. */
  from: number;
  to: number;
  exact: readonly RegExp[];
}
const gated: RegExp[] = [];
function gate(re: RegExp): number {
  gated.push(foldCase(re));
  return gated.length - 1;
}
function compile(res: readonly RegExp[]): Family {
  const from = gated.length;
  for (const r of res) if (r.flags.includes('i')) gate(r);
  return { from, to: gated.length, exact: res.filter((r) => !r.flags.includes('i')) };
}
const COT_C = compile([...COT, COT_LATIN]);
const GEN_C = compile([...GEN, GEN_LATIN]);
const BENCH_C = compile([...BENCH, BENCH_LATIN]);
const BULK_C = compile([...BULK, BULK_LATIN]);
const [RUBRIC_WORD_G, RUBRIC_VERB_G, RUBRIC_SCALE_G, RUBRIC_ROLE_G, RUBRIC_SLOT_G, RUBRIC_JUDGE_G, RUBRIC_LATIN_G] = [RUBRIC_WORD, RUBRIC_VERB, RUBRIC_SCALE, RUBRIC_ROLE, RUBRIC_SLOT, RUBRIC_JUDGE, RUBRIC_LATIN].map(gate) as [number, number, number, number, number, number, number];
const BENCH_LABEL_G = gate(BENCH_LABEL);
const BENCH_SLOT_G = gate(BENCH_SLOT);
const GATE = new LiteralGate(gated);
/** The gated (folded) patterns, for the gate's soundness test. */
export const GATED_INTENT_PATTERNS: readonly RegExp[] = gated;

function any(f: Family, text: string): boolean {
  if (GATE.testRange(f.from, f.to)) return true;
  for (const re of f.exact) if (re.test(text)) return true;
  return false;
}

/**
 * Bit set of the pattern families present in `text` (see KIND_BIT). `text` should already be windowed
 * (head + tail) by the caller when prompts are very long.
 */
export function kindBits(text: string): number {
  const lower = text.toLowerCase();
  GATE.scan(lower);
  const g = GATE;
  let bits = 0;
  if (any(COT_C, text)) bits |= 1;
  if (g.test(RUBRIC_WORD_G) || g.test(RUBRIC_JUDGE_G) || g.test(RUBRIC_LATIN_G) || g.test(RUBRIC_SLOT_G) || (g.test(RUBRIC_VERB_G) && (g.test(RUBRIC_SCALE_G) || g.test(RUBRIC_ROLE_G)))) bits |= 2;
  if (any(GEN_C, text)) bits |= 4;
  if (any(BENCH_C, text) || (g.test(BENCH_LABEL_G) && g.test(BENCH_SLOT_G))) bits |= 8;
  if (any(BULK_C, text)) bits |= 16;
  if (OTHER_SCRIPT.test(text)) for (const [bit, re] of I18N_OTHER) if ((bits & bit) === 0 && re.test(lower)) bits |= bit;
  return bits;
}

/** Words that ask for reasoning or an explanation; a system prompt holding one asks for more than a format. */
const REASONING_ASK = /\b(?:reason\w*|explain\w*|explanation|rationale|steps?|think\w*|thoughts?|derivations?|working|justif\w*|chain)\b/i;
/** Longer system prompts are never read as a format request alone. */
export const FORMAT_FRAME_MAX_CHARS = 4000;

/**
 * Whether a system prompt asks for a data format and nothing else that the families read ("Answer in JSON only.",
 * "You extract fields from invoices. Respond in JSON."): no batch of items, no answer tags, no reasoning. Such a
 * frame is an application's parser contract, the same on every request of a developer's app, a CI bot or an
 * enterprise integration, so it says nothing about harvesting; what the user turn asks still does.
 */
export function isFormatOnlyFrame(system: string): boolean {
  if (system.length > FORMAT_FRAME_MAX_CHARS || kindBits(system) !== KIND_BIT['bulk-format']) return false;
  if (BULK_BATCH.some((re) => re.test(system)) || BULK_BATCH_LATIN.test(system) || BULK_BATCH_OTHER.test(system)) return false;
  return !REASONING_ASK.test(system);
}

const KIND_LISTS: IntentKind[][] = Array.from({ length: 32 }, (_, bits) => INTENT_KIND_LIST.filter((_k, i) => (bits & (1 << i)) !== 0));

/** The kinds named by a bit set; shared frozen arrays, one per combination (no allocation per call). */
export function kindsOf(bits: number): readonly IntentKind[] {
  return KIND_LISTS[bits & 31]!;
}

/** Reason code for a kind, e.g. `intent:cot-elicitation`. */
export function intentReason(kind: IntentKind): string {
  return `intent:${kind}`;
}
