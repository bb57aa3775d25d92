/**
 * The intent score on real corpus text: extraction framings score high, the same items asked plainly and
 * organic prompts score low. Items come from the corpora; the wrappers here are written for the test and are
 * not among the training phrasings (scripts/intent-phrasings.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intentScore, KIND_MIN_SCORE } from './intent.js';
import { every, jsonl } from './corpus-sample.js';

const gsm = every(jsonl('extraction/gsm8k-test.jsonl'), 40).map((r) => String(r.question));
const organic = every(jsonl('organic/koala.jsonl'), 3).map((r) => String(r.prompt)).concat(every(jsonl('organic/vicuna-bench.jsonl'), 2).map((r) => (r.turns as string[])[0]!));

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

test('plain maths questions are not extraction by themselves', () => {
  const scores = gsm.map((q) => intentScore(q, null).score);
  assert.ok(mean(scores) < 0.2, `mean ${mean(scores)}`);
});

test('organic prompts score low on average', () => {
  const scores = organic.map((q) => intentScore(q, null).score);
  assert.ok(mean(scores) < 0.15, `mean ${mean(scores)}`);
});

test('the same items inside extraction wrappers score high and name their kind', () => {
  const wrapped = gsm.map((q) => `${q}\n\nWork through this step by step, showing all of your reasoning, and give the final answer at the end.`);
  const scores = wrapped.map((q) => intentScore(q, null));
  assert.ok(mean(scores.map((s) => s.score)) > 0.6, `mean ${mean(scores.map((s) => s.score))}`);
  assert.ok(scores.filter((s) => s.kinds.includes('cot-elicitation')).length > scores.length * 0.6);
  const graded = intentScore(`Score this candidate answer from 1 to 10 against the rubric.\nQuestion: ${gsm[0]}\nCandidate answer: 42`, null);
  assert.ok(graded.kinds.includes('rubric-grading'), JSON.stringify(graded));
});

test('wrapped scores exceed plain scores item by item (the frame, not the topic, drives the score)', () => {
  let higher = 0;
  for (const q of gsm) {
    const plain = intentScore(q, null).score;
    const framed = intentScore(`Answer the following. Respond in JSON with keys "reasoning" and "answer".\n${q}`, null).score;
    if (framed > plain) higher++;
  }
  assert.ok(higher >= gsm.length * 0.9, `${higher}/${gsm.length}`);
});

// Wrappers written for these tests only: not in the training lists or grammar (scripts/intent-phrasings.ts)
// nor in the FRESH/BLIND evaluation sets (scripts/intent-fresh.ts).
const LEARNER: Array<(q: string) => string> = [
  (q) => `My teacher went over this today but I missed how the steps fit together. Could you go over it with me?\n\n${q}`,
  (q) => `${q}\n\nI'd like to understand the method, explain it step by step like you would to a 12 year old.`,
  (q) => `Homework help please! I don't want the answer, just help me see how to start.\n${q}`,
];
const NOVEL_EXTRACTION: Array<(q: string) => string> = [
  (q) => `${q}\n\nReply with a JSON object holding a "derivation" array (one entry per step) and a "result" field.`,
  (q) => `Objective: produce 20 new word problems of this type with worked solutions, for our instruction-tuning corpus.\nReference problem: ${q}`,
  (q) => `Emit the final numeric result only, no working.\n${q}`,
  (q) => `Problem 7/200\n${q}\nOutput your step-by-step rationale, then the answer on a line starting with "=>".`,
  (q) => `Hi! Could you please, when you have a moment, lay out the whole derivation for this, every intermediate result, and only then the answer? Thanks a lot!\n\n${q}`,
  (q) => `Would you be so kind as to draft 12 further exercises in the same style as the one below? They are for a fine-tuning dataset.\n${q}`,
];

test('ordinary learners who ask for steps are not scored like harvesters (hard negatives)', () => {
  // The previous model (before the FRESH/BLIND work) scored "explain it step by step like you would to a 12 year old" at 0.77 on average.
  const all: number[] = [];
  for (const wrap of LEARNER) {
    const scores = gsm.map((q) => intentScore(wrap(q), null).score);
    all.push(...scores);
    const flagged = scores.filter((s) => s >= 0.5).length;
    assert.ok(flagged <= scores.length * 0.5, `${flagged}/${scores.length} flagged for ${wrap('Q').slice(0, 60)}`);
  }
  assert.ok(mean(all) < 0.25, `mean ${mean(all)}`);
});

test('extraction frames in wording the model was not trained on still score high, polite or not', () => {
  for (const wrap of NOVEL_EXTRACTION) {
    const scores = gsm.map((q) => intentScore(wrap(q), null).score);
    const flagged = scores.filter((s) => s >= 0.5).length;
    assert.ok(flagged >= scores.length * 0.8, `${flagged}/${scores.length} flagged for ${wrap('Q').slice(0, 60)}`);
  }
});

test('kinds are suppressed below the minimum score and input is never thrown on', () => {
  const r = intentScore('What is the capital of France?', null);
  assert.ok(r.score < KIND_MIN_SCORE);
  assert.deepEqual([...r.kinds], []);
  assert.doesNotThrow(() => intentScore('', null));
  assert.doesNotThrow(() => intentScore('x'.repeat(200_000), 'y'.repeat(50_000)));
  const s = intentScore('a', null).score;
  assert.ok(s >= 0 && s <= 1);
});

// Multilingual wrappers written for these tests only: not in the multilingual grammars (scripts/intent-langs-*.ts,
// scripts/intent-families.ts). Italian, Dutch, Polish, Turkish and Hindi are trained on only through the few slot
// values of intent-families.ts; German, Spanish, Chinese, Japanese and Russian through both grammars, in other wording.
const HELDOUT_LANGUAGE_EXTRACTION: Record<string, Array<(q: string) => string>> = {
  it: [
    (q) => `Per favore risolvi questo quesito mostrando ogni passaggio del ragionamento, poi scrivi la risposta finale.\n\n${q}`,
    (q) => `Rispondi in formato JSON con i campi "ragionamento" e "risposta".\n\n${q}`,
    (q) => `Domanda: ${q}\nRisposta:`,
    (q) => `${q}\n\nRisolvi il problema passo dopo passo e alla fine scrivi la risposta finale.`,
  ],
  nl: [
    (q) => `${q}\n\nGeef uitsluitend het eindantwoord als getal, zonder enige uitleg.`,
    (q) => `Vraag 12:\n${q}\nAntwoord (alleen het getal):`,
  ],
  pl: [
    (q) => `Zadanie:\n${q}\n\nRozwiąż krok po kroku, zapisując całe rozumowanie, a na końcu podaj wynik.`,
    (q) => `Odpowiedz w formacie JSON: {"rozumowanie": "...", "odpowiedz": "..."}\n${q}`,
  ],
  tr: [(q) => `Soru ${q}\n\nSadece sonucu yaz, açıklama yapma.`],
  hi: [(q) => `${q}\n\nइस प्रश्न को चरण दर चरण हल करें और अंत में उत्तर लिखें।`],
};
const TRAINED_LANGUAGE_EXTRACTION: Array<(q: string) => string> = [
  (q) => `Bitte bearbeite das folgende Problem und lege dabei sämtliche Denkschritte offen. Das Endergebnis kommt in die letzte Zeile.\n\n${q}`,
  (q) => `${q}\n\nDevuelve exclusivamente el resultado final, sin ningún razonamiento.`,
  (q) => `题目如下：\n${q}\n请详细写出每一步推理，最后给出答案。`,
  (q) => `${q}\n\n上の問題について、考えた手順をすべて書き出してから答えを示してください。`,
  (q) => `Выполни задание ниже. Ответ оформи в JSON с полями "reasoning" и "answer".\n\n${q}`,
];
// Ordinary non-English requests written for these tests: students asking for explanations, everyday questions.
const ORDINARY_NON_ENGLISH = [
  'Kannst du mir bitte erklären, warum der Himmel blau ist? Meine Tochter fragt ständig.',
  'Ich verstehe die Aufgabe aus dem Matheunterricht nicht. Kannst du mir Schritt für Schritt zeigen, wie man Brüche kürzt?',
  '¿Qué diferencia hay entre el pretérito perfecto y el indefinido? Lo estudio para un examen.',
  'Quelle est la meilleure façon de conserver des herbes fraîches au frigo ?',
  'Como faço para pedir a segunda via do meu boleto?',
  'Объясни, пожалуйста, по шагам, как решать квадратные уравнения, у меня завтра контрольная.',
  '为什么冬天手机电池掉电特别快？',
  '京都で紅葉がきれいな時期はいつ頃ですか？',
  '김치찌개 맛있게 끓이는 법 좀 알려 주세요.',
  'Mi spieghi passo passo come si calcola la percentuale di sconto?',
  'Hoe lang moet ik een ei koken voor een zachte dooier?',
  'Jakie są najciekawsze miejsca do zwiedzania w Gdańsku?',
  'Bu hafta sonu İstanbul’da yağmur yağacak mı, ne giymeliyim?',
];

const flaggedShare = (wraps: Array<(q: string) => string>): number => {
  const scores = wraps.flatMap((wrap) => gsm.map((q) => intentScore(wrap(q), null).score));
  return scores.filter((s) => s >= 0.35).length / scores.length;
};

test('extraction wrappers in Italian (trained on only through the family grammar) are mostly recognised', () => {
  // The model before the multilingual grammars flagged 26% of these, the one before the family grammar 65%.
  const share = flaggedShare(HELDOUT_LANGUAGE_EXTRACTION.it!);
  assert.ok(share >= 0.8, `Italian: ${share.toFixed(2)} flagged`);
});

test('across the languages of the held-out grammar (intent-langs-heldout.ts), wrappers are mostly recognised', () => {
  // The model before the multilingual grammars flagged 22% of these, the one before the family grammar 38% (Polish,
  // Turkish and Hindi wrappers in plain prose were mostly missed).
  const share = flaggedShare(Object.values(HELDOUT_LANGUAGE_EXTRACTION).flat());
  assert.ok(share >= 0.7, `all held-out languages: ${share.toFixed(2)} flagged`);
});

test('extraction wrappers in trained languages but new wording are recognised and name their kind', () => {
  // The model before the multilingual grammars flagged 4% of these.
  for (const wrap of TRAINED_LANGUAGE_EXTRACTION) {
    const share = flaggedShare([wrap]);
    assert.ok(share >= 0.6, `${share.toFixed(2)} flagged for ${wrap('Q').slice(0, 60)}`);
  }
  assert.ok(flaggedShare(TRAINED_LANGUAGE_EXTRACTION) >= 0.85);
  const kinds = TRAINED_LANGUAGE_EXTRACTION.map((wrap) => intentScore(wrap(gsm[0]!), null).kinds);
  assert.ok(kinds.filter((k) => k.length > 0).length >= 4, JSON.stringify(kinds));
});

test('ordinary non-English questions, including step-by-step requests from learners, are not flagged', () => {
  const scores = ORDINARY_NON_ENGLISH.map((q) => intentScore(q, null).score);
  const flagged = ORDINARY_NON_ENGLISH.filter((_, i) => scores[i]! >= 0.35);
  assert.ok(flagged.length <= 1, `flagged: ${JSON.stringify(flagged)}`);
  assert.ok(mean(scores) < 0.15, `mean ${mean(scores)}`);
});

// Further families (scripts/intent-families.ts) in wording written for these tests: not in any grammar nor in the
// blind sets. Less common languages, mixed-language requests, agent trajectories, taxonomy sweeps, dataset replies.
const FAMILY_EXTRACTION: Array<(q: string) => string> = [
  (q) => `${q}\n\nÇözerken her işlemi ayrı satırda göster, hiçbir ara adımı atlama; en sonda sonucu kutu içinde ver.`,
  (q) => `${q}\n\nहल करते समय हर कदम और हर गणना साफ़-साफ़ लिखिए, फिर अंतिम उत्तर दीजिए।`,
  (q) => `Bạn là một tác tử có các công cụ tìm kiếm và máy tính. Hãy ghi lại toàn bộ chuỗi Suy nghĩ, Hành động, Quan sát cho tới khi có đáp án.\n\n${q}`,
  (q) => `Untuk dataset SFT kami: tulis jawaban terbaik atas soal berikut dalam format JSON {"prompt": ..., "response": ...}.\n\n${q}`,
  (q) => `请用英文回答. Return JSON {"question": ..., "chain_of_thought": ..., "final": ...} for the item below.\n${q}`,
  (q) => `Job 88/500 · Visa hela uträkningen steg för steg och avsluta med svaret på en egen rad.\n${q}`,
];
const SWEEPS = [
  'Alan: istatistik. Bu alanla ilgili 10 zorlayıcı soru üret ve her birinin ayrıntılı cevabını da yaz.',
  'Obszar: geometria analityczna. Ułóż 15 pytań o rosnącym poziomie trudności i dopisz do każdego pełne rozwiązanie.',
  'Taxonomy leaf 4.1.7 (immunology). Produce 12 expert-level questions with gold answers, one JSON object per line.',
];
const ENVELOPES: Array<(q: string) => string> = [
  (q) => `<s>[INST] ${q} [/INST]`,
  (q) => `{"uid": "m-20931", "prompt": ${JSON.stringify(q)}, "response": ""}`,
  (q) => `<|im_start|>user\n${q}<|im_end|>\n<|im_start|>assistant\n`,
];
// Ordinary users who share the families' vocabulary: teachers preparing worked examples, developers asking for code
// with tests or JSON from an application or running an agent loop, researchers discussing chain-of-thought, students.
const ORDINARY_LOOKALIKES = [
  'I am preparing a worked example on compound interest for my Year 10 class. Could you solve one with every step shown so I can put it on a slide?',
  'Write a TypeScript function that validates an IBAN, plus Jest tests for the edge cases.',
  'Our app calls your API and needs the answer as JSON with keys "title", "tags" and "summary". What is the best way to ask for that in the system prompt?',
  'For a reading group: why does chain-of-thought prompting help large models on arithmetic but not small ones?',
  'Ich bereite für meine 8. Klasse ein Musterbeispiel zur Dreisatzrechnung vor. Kannst du eins mit allen Rechenschritten aufschreiben?',
  'Benim için bu fonksiyona birkaç birim testi yazar mısın? pytest kullanıyorum.\n\ndef topla(a, b):\n    return a + b',
  'मेरी परीक्षा कल है। प्रतिशत वाले सवाल कैसे हल करते हैं, एक उदाहरण के साथ समझा दीजिए?',
  'Mình đang học xác suất, bạn giải thích giúp mình vì sao xác suất hai lần tung đồng xu đều ra mặt ngửa là 1/4 được không?',
  'Mijn dochter snapt breuken niet. Hoe leg ik haar uit waarom je bij delen door een breuk vermenigvuldigt met het omgekeerde?',
  'Jag skriver en uppsats om hur språkmodeller resonerar. Finns det studier som visar att "tänk steg för steg" faktiskt hjälper?',
  // Turns of a developer's own agent loop.
  'Output of `pytest -q`: 3 failed, 41 passed in 2.31s. What should I look at first?',
  // Not here: a bare JSON tool payload as the whole turn scores high (the JSON-keys feature; data/models/README.md,
  // Known limits).
];

test('further families in less common and mixed languages are recognised (wording not in any grammar)', () => {
  // The model before the family grammar flagged 35% of these.
  const share = flaggedShare(FAMILY_EXTRACTION);
  assert.ok(share >= 0.8, `families: ${share.toFixed(2)} flagged`);
  for (const wrap of FAMILY_EXTRACTION) assert.ok(flaggedShare([wrap]) >= 0.4, `${flaggedShare([wrap]).toFixed(2)} flagged for ${wrap('Q').slice(0, 50)}`);
  const sweeps = SWEEPS.map((s) => intentScore(s, null).score);
  assert.ok(sweeps.filter((s) => s >= 0.35).length >= 2, `taxonomy sweeps: ${sweeps.map((s) => s.toFixed(2)).join(' ')}`);
});

test('a bare item is not flagged; the same item in a pipeline envelope is (the envelope, not the item, is evidence)', () => {
  // A bare benchmark item is what a curious user sends too: one prompt cannot tell them apart, so the account-level
  // signals (reasoned openings, item novelty and sharing) carry bare-item harvests, not this model.
  const bare = gsm.map((q) => intentScore(q, null).score);
  assert.ok(bare.filter((s) => s >= 0.35).length <= gsm.length * 0.05, `bare flagged: ${bare.filter((s) => s >= 0.35).length}/${gsm.length}`);
  // The model before the record-envelope feature and family flagged 6% of these.
  const share = flaggedShare(ENVELOPES);
  assert.ok(share >= 0.8, `envelopes: ${share.toFixed(2)} flagged`);
});

test('teachers, developers, researchers and students using the same vocabulary are not flagged (hard negatives)', () => {
  const scores = ORDINARY_LOOKALIKES.map((q) => intentScore(q, null).score);
  const flagged = ORDINARY_LOOKALIKES.filter((_, i) => scores[i]! >= 0.5);
  assert.ok(flagged.length <= 1, `flagged: ${JSON.stringify(flagged)}`);
  assert.ok(mean(scores) < 0.15, `mean ${mean(scores)}`);
});

test("an app's format-only system prompt is no evidence: the user turn is read as if it were absent", () => {
  const apps = [
    'Answer in JSON only.',
    'You extract structured fields from invoices. Respond in JSON.',
    'You power the autocomplete integration for example.com. Answer in JSON.',
    'Réponds uniquement au format json.',
  ];
  const turns = ['ok thanks', 'continue', 'Can you make it shorter?', ...organic.slice(0, 20)];
  for (const system of apps) {
    for (const turn of turns) assert.equal(intentScore(turn, system).score, intentScore(turn, null).score, `${system} / ${turn}`);
  }
  // Under the same app prompt a harvesting user turn still reads as one.
  const wrapped = gsm.map((q) => intentScore(`${q}\n\nWork through this step by step, showing all of your reasoning, and give the final answer at the end.`, 'Answer in JSON only.').score);
  assert.ok(mean(wrapped) > 0.6, `mean ${mean(wrapped)}`);
});

test('a system prompt that asks for reasoning, a batch or answer tags besides the format stays part of the reading', () => {
  const frames = [
    'Respond in JSON with keys "reasoning" and "answer".',
    'Answer each of the following questions, in the same order, as a JSON array.',
    'Explain your answer, then output JSON.',
    'Wrap the result in <answer></answer> and return JSON.',
  ];
  for (const system of frames) {
    const framed = intentScore('What is the capital of France?', system).score;
    const bare = intentScore('What is the capital of France?', null).score;
    assert.notEqual(framed, bare, system);
    assert.ok(framed > bare, `${system}: ${framed} vs ${bare}`);
  }
});
