/**
 * Raw material for operation grammars: for each language, fragment shapes per role. A shape is a sequence of
 * alternative lists; a fragment is one pick from each list, concatenated. Operations draw their own small set of
 * fragments from these (see operation-grammar.ts), so the lists here are vocabulary, never wrappers anyone sends
 * verbatim by default. Slots in braces are filled per request: {topic} {doc} {audience} {n} {tagA} {tagB} {keyA}
 * {keyB} {scale} {label}. Only English has rubric-grading and instruction-generation shapes; other voices fall
 * back to English for those (as non-native operators often do with a prompt they copied).
 */
export type Shape = readonly (readonly string[])[];
export type Role = 'opener' | 'cot' | 'format' | 'closer' | 'benchLead' | 'benchTail' | 'bulkLead' | 'bulkTail' | 'rubricLead' | 'rubricTail' | 'sweepLead' | 'sweepTail' | 'followUp';
export type Language = 'en' | 'es' | 'de' | 'fr' | 'pt';
export const LANGUAGES: readonly Language[] = ['en', 'es', 'de', 'fr', 'pt'];

const EN: Record<Role, Shape[]> = {
  opener: [
    [['Hi', 'Hello', 'Hey', 'Good morning', 'Hi there', 'Hello again', 'Greetings', 'Hey there'], [', ', '! ', '. ', ' - '],
      ['I am preparing', "I'm putting together", 'we are writing', "I'm compiling", 'I am drafting', 'our team is building', "I'm reviewing", 'I am assembling'], [' '],
      ['{doc} on {topic}.', '{doc} about {topic} for {audience}.', '{doc} covering {topic}.']],
    [['For', 'As part of', 'While working on', 'To finish', 'In preparation for', 'Ahead of'], [' '],
      ['my', 'our', 'the', 'this week’s', 'a new'], [' '], ['{doc}', 'revision notes on {topic}', 'a course on {topic}', 'a workshop for {audience}'], [', ', ': ', ' — '],
      ['I need a careful answer.', 'here is the next one.', 'please help with this.', 'I need a worked example.', 'one more question.']],
    [['Quick context', 'Some background', 'Context', 'A bit of context', 'Background first'], [': ', ' - ', '. '],
      ['I teach', 'I tutor', 'I write material for', 'I coach', 'I mentor'], [' {audience} and this is for {doc}.', ' {audience}; topic is {topic}.']],
  ],
  cot: [
    [['', 'Please ', 'Kindly ', 'I need you to ', 'I would like you to ', 'Make sure to ', 'Be sure to ', 'Remember to ', 'Your job is to ', 'Your task: '],
      ['work through', 'reason through', 'walk through', 'solve', 'tackle', 'break down', 'unpack', 'think through', 'go through', 'analyse', 'figure out', 'handle'], [' '],
      ['this', 'the problem below', 'the following', 'the task that follows', 'this question', 'the item below', 'the exercise', 'what follows', 'the next problem'], [' '],
      ['step by step', 'one step at a time', 'in small, explicit steps', 'methodically', 'carefully and in order', 'showing every intermediate step', 'without skipping any step', 'as a numbered sequence of steps', 'stage by stage', 'from first principles', 'with all of your working visible', 'in full detail'],
      ['', ', checking each step before the next', ', noting every assumption you make', ', and justify every move', ', weighing alternatives as you go', ', and flag any dead ends you hit', ', explaining why each step holds'], ['.']],
    [['Before you answer', 'Before giving a final answer', 'Prior to answering', 'Before committing to an answer', 'Ahead of the final result'], [', ', ': '],
      ['lay out your reasoning in full', 'think out loud at length', 'write down your complete thought process', 'reason about the problem explicitly', 'list every step you take', 'spell out each inference', 'narrate your whole line of thought'], ['.', ', then conclude.', ' and only then answer.', ', leaving nothing implicit.']],
    [['Show', 'Give me', 'Write out', 'Include', 'Provide', 'Present'], [' '],
      ['your complete working', 'the full derivation', 'all intermediate reasoning', 'the entire chain of reasoning', 'every step of the solution', 'a fully worked solution', 'your reasoning trace in full'], [' '],
      ['before the answer', 'and then the answer', 'followed by the final result', 'ahead of the conclusion', 'not just the answer'], ['.', ', please.', ' - no shortcuts.', '; be thorough.']],
    [['Think', 'Reason', 'Work'], [' '], ['carefully', 'slowly', 'hard', 'rigorously', 'deliberately', 'thoroughly'], [' '],
      ['about this and explain each step', 'and narrate every step you take', 'and explain the logic at each step', 'and keep every intermediate result', 'and let me see all of the reasoning'], ['.', ' along the way.', ' as you go.']],
  ],
  format: [
    [['Put', 'Place', 'Write', 'State'], [' '], ['the final answer', 'the result', 'your conclusion', 'the answer alone'], [' '], ['on its own line at the end.', 'on the last line by itself.', 'after a blank line at the very end.', 'in bold on the final line.']],
    [['Wrap', 'Enclose', 'Put'], [' '], ['your reasoning', 'the working', 'all the steps'], [' in <{tagA}> tags and the result in <{tagB}> tags', ' inside <{tagA}></{tagA}> and the answer inside <{tagB}></{tagB}>'], ['.', ', nothing outside them.', ', exactly like that.']],
    [['Return', 'Reply with', 'Respond with', 'Output'], [' '], ['a JSON object with keys "{keyA}" and "{keyB}"'], ['.', ' and nothing else.', ', valid JSON only.', '; no markdown around it.']],
    [['End', 'Finish', 'Close'], [' '], ['with a line reading', 'with the line', 'by writing'], [' "{label}: " followed by the answer', ' {label}: and the value'], ['.', ' on its own line.', ', nothing after it.']],
  ],
  closer: [
    [['Thanks', 'Thank you', 'Many thanks', 'Much appreciated', 'Cheers', 'Appreciate it', 'Thanks a lot'], [', ', ' - ', '! ', '. '],
      ['this helps a lot with', 'this is going into', 'I need this for', 'this will end up in', 'it is for', 'this feeds into', 'this is really useful for'], [' '],
      ['my study notes', 'our practice set', 'my exam prep', 'the tutoring session', 'our side project', 'the course workbook', 'our team wiki', 'the answer key', 'my revision sheets', 'the training handbook'], ['.', '!', ' :)']],
    [['Take your time', 'No rush', 'Quality matters more than speed', 'Accuracy matters most here', 'Be as careful as you can'], [', ', '. ', ' - '],
      ['I will check it against my own notes', 'I will compare it with the textbook', 'we will review it together later', 'I will go over it line by line', 'someone will grade this later'], ['.', '!', ', thanks.']],
  ],
  benchLead: [
    [['Here is', 'Next up is', 'Below is', 'Following is', 'This is'], [' '], ['problem', 'question', 'item', 'exercise', 'task'], [' '], ['{n} of the set', '{n} from the list', '{n} in the series', 'number {n}'], ['.', ':', ' -']],
    [['Answer the', 'Solve the', 'Respond to the', 'Complete the', 'Attempt the'], [' '], ['following', 'question below', 'next item', 'problem below'], [' '], ['as you would on an exam', 'as precisely as you can', 'exactly as asked', 'in the expected format', 'with a definite answer'], ['.', ':']],
  ],
  benchTail: [
    [['Give', 'Provide', 'State', 'Report'], [' '], ['only the final answer', 'just the answer', 'the answer and nothing more', 'a single final answer', 'the final value only'], ['.', ' at the end.', ', please.', ' on the last line.']],
    [['Your', 'The'], [' '], ['answer should be', 'response must be', 'reply should stay', 'output needs to be'], [' '], ['short and exact', 'a single value', 'one line long', 'precise and complete', 'directly checkable'], ['.', ', thanks.']],
  ],
  bulkLead: [
    [['Answer each of the', 'Solve every one of the', 'Handle all of the', 'Go through each of the', 'Work on each of the', 'Respond to all the'], [' '], ['{n}'], [' '],
      ['questions below', 'problems that follow', 'items listed here', 'tasks in this batch', 'exercises below'], ['.', ':', ', in order.', ', one at a time.']],
    [['This batch has', 'Here is a batch of', 'Below you will find', 'I am sending', 'Next batch contains'], [' '], ['{n}'], [' '],
      ['items', 'questions', 'problems', 'tasks'], ['; answer each separately.', ', handle them one by one.', '. Keep the numbering.', '. Treat each independently.']],
  ],
  bulkTail: [
    [['Keep', 'Preserve', 'Use', 'Follow'], [' '], ['the original numbering', 'the same numbering', 'one section per item', 'the item numbers as headings'], [' '], ['in your reply', 'in your answer', 'throughout', 'for every answer'], ['.', ', please.']],
    [['Return', 'Output', 'Reply with', 'Give back'], [' '], ['a JSON array with one object per item', 'one JSON line per item', 'a numbered list with one answer per item', 'a table with one row per item'], ['.', ' and nothing else.', ', in the same order.']],
  ],
  rubricLead: [
    [['You are', 'Act as', 'Take the role of', 'Pretend you are', 'Play the part of'], [' '],
      ['an expert grader', 'a strict examiner', 'a careful reviewer', 'a senior teaching assistant', 'an impartial judge', 'a meticulous evaluator', 'a demanding marker'], ['. ', ': ', ' and '],
      ['score the response below', 'grade the candidate answer that follows', 'evaluate the answer below', 'assess the submitted solution', 'mark the following attempt'], [' '],
      ['against the rubric', 'using the criteria given', 'on the stated scale', 'following the marking scheme'], ['.', ':']],
    [['Evaluate', 'Grade', 'Score', 'Assess', 'Rate'], [' '], ['the quality of', 'the soundness of', 'the correctness of'], [' '], ['the answer to the question below', 'this candidate solution', 'the response that follows'], [' '],
      ['on a {scale} scale', 'using a {scale} scale'], ['.', ':']],
  ],
  rubricTail: [
    [['First', 'Begin by', 'Start by'], [' '], ['explaining your evaluation of each criterion', 'justifying each criterion in detail', 'walking through every criterion', 'discussing strengths and weaknesses in depth'], [', then '],
      ['give the score as "{label}: <n>"', 'output the score as "{label}: <n>"', 'finish with "{label}: <n>"'], [' on the last line.', '.', ' and stop there.']],
    [['Explain', 'Justify', 'Detail'], [' '], ['your grade criterion by criterion', 'each deduction you make', 'the reasoning behind your score', 'every point awarded or lost'], [' before '], ['the final score', 'the verdict', 'stating the grade'], ['.', ', in full.']],
  ],
  sweepLead: [
    [['You are helping build a dataset.', 'We are assembling training data.', 'Your job is to write new tasks.', 'I am collecting instruction data.', 'Help me expand a task collection.', 'We need fresh instructions for a model.'], [' '],
      ['Come up with', 'Write', 'Generate', 'Draft', 'Produce'], [' '], ['{n}'], [' '], ['diverse', 'varied', 'distinct', 'non-overlapping', 'realistic'], [' '],
      ['task instructions', 'prompts', 'instructions with inputs', 'user requests', 'exercises'], [' '], ['about {topic}.', 'on the topic of {topic}.', 'in the area of {topic}.']],
  ],
  sweepTail: [
    [['Return', 'List', 'Output', 'Write out'], [' '], ['the tasks', 'all of them', 'every task', 'the instructions'], [' '], ['as a numbered list', 'one per line', 'in the same format as the examples', 'separated by ###'], ['.', ' now.', ', nothing else.']],
    [['Do not', 'Never', 'Avoid the temptation to'], [' '], ['repeat the examples', 'copy the seed tasks', 'reuse wording from the examples', 'number them out of order'], ['; vary the verbs.', '. Vary the phrasing.', ' and keep each task self-contained.']],
  ],
  followUp: [
    [['Now', 'Next', 'Okay', 'Good', 'Alright', 'Great'], [', ', '. ', ' - '],
      ['verify', 'double-check', 're-derive', 'confirm', 'test', 'challenge'], [' '], ['your answer', 'the result', 'that solution', 'the reasoning above', 'each step'], [' '],
      ['by solving it another way', 'with a different method', 'against the original question', 'step by step', 'from scratch'], ['.', ' and show everything.', ', in full.']],
    [['Explain', 'Say', 'Describe', 'Spell out'], [' '], ['why each step is valid', 'why the approach works', 'the intuition behind it', 'what would break if a condition changed', 'which edge cases matter here'], ['.', ' in more depth.', ', step by step.', ', please.']],
    [['Now solve', 'Try', 'Do', 'Work out'], [' '], ['a harder variant of', 'a generalised version of', 'the reverse of', 'a version with larger numbers of'], [' '], ['the same problem', 'this task', 'that question'], [' and show your reasoning.', ', with full working.', '.']],
    [['Rewrite', 'Redo', 'Restate'], [' '], ['the solution', 'your answer', 'the explanation'], [' '], ['so a beginner can follow every step', 'more rigorously', 'with every step numbered', 'without skipping anything'], ['.', ', please.']],
  ],
};

/** Smaller banks for the other voices: chain-of-thought, openers, closers, benchmark and bulk frames, follow-ups. */
type Partial5 = Pick<Record<Role, Shape[]>, 'opener' | 'cot' | 'format' | 'closer' | 'benchLead' | 'benchTail' | 'bulkLead' | 'bulkTail' | 'followUp'>;

const ES: Partial5 = {
  opener: [[['Hola', 'Buenas', 'Buenos días', 'Saludos'], [', ', '. '], ['estoy preparando', 'estamos escribiendo', 'estoy armando', 'estoy revisando'], [' '], ['{doc} sobre {topic}.', 'material de {topic} para {audience}.']]],
  cot: [
    [['', 'Por favor, ', 'Necesito que ', 'Te pido que '], ['resuelve', 'razona', 'analiza', 'desarrolla', 'trabaja'], [' '], ['esto', 'el siguiente problema', 'lo que sigue', 'esta pregunta'], [' '], ['paso a paso', 'con todo detalle', 'sin saltarte ningún paso', 'de forma ordenada', 'mostrando cada paso'], ['.', ', justificando cada paso.']],
    [['Antes de responder', 'Antes de dar la respuesta final'], [', '], ['explica todo tu razonamiento', 'escribe tu proceso de pensamiento completo', 'detalla cada inferencia'], ['.', ' y luego concluye.']],
  ],
  format: [[['Pon', 'Escribe', 'Indica'], [' '], ['la respuesta final', 'el resultado'], [' '], ['en la última línea.', 'en una línea aparte al final.', 'en negrita al final.']]],
  closer: [[['Gracias', 'Muchas gracias', 'Mil gracias'], [', ', '. '], ['es para', 'lo necesito para', 'esto va para'], [' '], ['mis apuntes de estudio', 'el cuaderno del curso', 'mi preparación del examen', 'nuestro material de clase'], ['.', '!']]],
  benchLead: [[['Aquí va', 'Este es', 'Sigue'], [' '], ['el problema', 'la pregunta', 'el ejercicio'], [' '], ['{n} de la serie', 'número {n}'], ['.', ':']]],
  benchTail: [[['Da', 'Escribe', 'Indica'], [' '], ['solo la respuesta final', 'únicamente el resultado'], ['.', ', por favor.']]],
  bulkLead: [[['Responde a cada una de las', 'Resuelve todas las', 'Contesta las'], [' '], ['{n}'], [' '], ['preguntas siguientes', 'tareas de abajo'], ['.', ', en orden.']]],
  bulkTail: [[['Mantén', 'Conserva', 'Usa'], [' '], ['la numeración original', 'la misma numeración'], [' '], ['en tu respuesta', 'en todas las respuestas'], ['.', ', por favor.']]],
  followUp: [[['Ahora', 'Bien', 'Vale'], [', '], ['verifica', 'comprueba', 'revisa'], [' '], ['tu respuesta', 'el resultado', 'cada paso'], [' '], ['con otro método', 'paso a paso', 'desde cero'], ['.', ' y muéstralo todo.']]],
};

const DE: Partial5 = {
  opener: [[['Hallo', 'Guten Tag', 'Moin', 'Servus'], [', ', '. '], ['ich bereite gerade', 'wir schreiben gerade', 'ich erstelle gerade'], [' '], ['{doc} zu {topic} vor.', 'Material zu {topic} für {audience} vor.']]],
  cot: [
    [['', 'Bitte ', 'Könntest du bitte '], ['löse', 'bearbeite', 'analysiere', 'durchdenke'], [' '], ['das', 'die folgende Aufgabe', 'das Folgende', 'diese Frage'], [' '], ['Schritt für Schritt', 'ausführlich', 'ohne einen Schritt auszulassen', 'sorgfältig und der Reihe nach'], ['.', ' und begründe jeden Schritt.']],
    [['Bevor du antwortest', 'Vor der endgültigen Antwort'], [', '], ['lege deinen gesamten Gedankengang dar', 'schreibe jeden Denkschritt auf', 'erkläre jede Schlussfolgerung'], ['.', ' und ziehe dann ein Fazit.']],
  ],
  format: [[['Schreibe', 'Setze', 'Gib'], [' '], ['das Endergebnis', 'die endgültige Antwort'], [' '], ['in die letzte Zeile.', 'am Ende in eine eigene Zeile.', 'fett gedruckt ans Ende.']]],
  closer: [[['Danke', 'Vielen Dank', 'Besten Dank'], [', ', '. '], ['das ist für', 'ich brauche das für', 'das kommt in'], [' '], ['meine Lernzettel', 'unser Kursheft', 'meine Prüfungsvorbereitung', 'das Übungsblatt'], ['.', '!']]],
  benchLead: [[['Hier ist', 'Es folgt', 'Weiter mit'], [' '], ['Aufgabe', 'Frage', 'Übung'], [' '], ['{n} der Reihe', 'Nummer {n}'], ['.', ':']]],
  benchTail: [[['Gib', 'Nenne', 'Schreibe'], [' '], ['nur die endgültige Antwort', 'ausschließlich das Ergebnis'], ['.', ', bitte.']]],
  bulkLead: [[['Beantworte jede der', 'Löse alle', 'Bearbeite jede der'], [' '], ['{n}'], [' '], ['folgenden Fragen', 'Aufgaben unten'], ['.', ', der Reihe nach.']]],
  bulkTail: [[['Behalte', 'Verwende', 'Übernimm'], [' '], ['die ursprüngliche Nummerierung', 'dieselbe Nummerierung'], [' '], ['in deiner Antwort bei', 'für jede Antwort'], ['.', ', bitte.']]],
  followUp: [[['Jetzt', 'Gut', 'Okay'], [', '], ['überprüfe', 'kontrolliere', 'bestätige'], [' '], ['deine Antwort', 'das Ergebnis', 'jeden Schritt'], [' '], ['mit einer anderen Methode', 'Schritt für Schritt', 'noch einmal von vorn'], ['.', ' und zeige alles.']]],
};

const FR: Partial5 = {
  opener: [[['Bonjour', 'Salut', 'Bonsoir'], [', ', '. '], ['je prépare', 'nous rédigeons', 'je monte'], [' '], ['{doc} sur {topic}.', 'un support sur {topic} pour {audience}.']]],
  cot: [
    [['', "S'il te plaît, ", 'Merci de ', 'Peux-tu '], ['résoudre', 'raisonner sur', 'analyser', 'traiter'], [' '], ['ceci', 'le problème suivant', 'la question ci-dessous', 'ce qui suit'], [' '], ['étape par étape', 'en détail', 'sans sauter aucune étape', 'méthodiquement'], ['.', ', en justifiant chaque étape.']],
    [['Avant de répondre', 'Avant la réponse finale'], [', '], ['expose tout ton raisonnement', 'écris ton cheminement complet', 'détaille chaque déduction'], ['.', ' puis conclus.']],
  ],
  format: [[['Mets', 'Écris', 'Donne'], [' '], ['la réponse finale', 'le résultat'], [' '], ['sur la dernière ligne.', 'sur une ligne à part à la fin.', 'en gras à la fin.']]],
  closer: [[['Merci', 'Merci beaucoup', 'Mille mercis'], [', ', '. '], ["c'est pour", "j'en ai besoin pour", 'ça ira dans'], [' '], ['mes fiches de révision', 'le cahier du cours', 'ma préparation au concours', 'notre support de cours'], ['.', ' !']]],
  benchLead: [[['Voici', 'Suite avec', 'Passons à'], [' '], ['le problème', 'la question', "l'exercice"], [' '], ['{n} de la série', 'numéro {n}'], ['.', ' :']]],
  benchTail: [[['Donne', 'Indique', 'Écris'], [' '], ['uniquement la réponse finale', 'seulement le résultat'], ['.', ', merci.']]],
  bulkLead: [[['Réponds à chacune des', 'Résous toutes les', 'Traite chacune des'], [' '], ['{n}'], [' '], ['questions suivantes', 'tâches ci-dessous'], ['.', ', dans l’ordre.']]],
  bulkTail: [[['Garde', 'Conserve', 'Reprends'], [' '], ['la numérotation d’origine', 'la même numérotation'], [' '], ['dans ta réponse', 'pour chaque réponse'], ['.', ', merci.']]],
  followUp: [[['Maintenant', 'Bien', "D'accord"], [', '], ['vérifie', 'contrôle', 'confirme'], [' '], ['ta réponse', 'le résultat', 'chaque étape'], [' '], ['avec une autre méthode', 'étape par étape', 'depuis le début'], ['.', ' et montre tout.']]],
};

const PT: Partial5 = {
  opener: [[['Olá', 'Oi', 'Bom dia'], [', ', '. '], ['estou preparando', 'estamos escrevendo', 'estou montando'], [' '], ['{doc} sobre {topic}.', 'material de {topic} para {audience}.']]],
  cot: [
    [['', 'Por favor, ', 'Preciso que você '], ['resolva', 'analise', 'desenvolva', 'raciocine sobre'], [' '], ['isto', 'o problema a seguir', 'a pergunta abaixo', 'o que segue'], [' '], ['passo a passo', 'em detalhe', 'sem pular nenhum passo', 'de forma metódica'], ['.', ', justificando cada passo.']],
    [['Antes de responder', 'Antes da resposta final'], [', '], ['explique todo o seu raciocínio', 'escreva seu processo de pensamento completo'], ['.', ' e depois conclua.']],
  ],
  format: [[['Coloque', 'Escreva', 'Indique'], [' '], ['a resposta final', 'o resultado'], [' '], ['na última linha.', 'numa linha separada no fim.']]],
  closer: [[['Obrigado', 'Muito obrigado', 'Valeu'], [', ', '. '], ['é para', 'preciso disso para', 'isso vai para'], [' '], ['minhas anotações de estudo', 'a apostila do curso', 'minha preparação para a prova'], ['.', '!']]],
  benchLead: [[['Aqui está', 'Segue', 'Próximo:'], [' '], ['o problema', 'a questão', 'o exercício'], [' '], ['{n} da série', 'número {n}'], ['.', ':']]],
  benchTail: [[['Dê', 'Escreva', 'Informe'], [' '], ['apenas a resposta final', 'somente o resultado'], ['.', ', por favor.']]],
  bulkLead: [[['Responda a cada uma das', 'Resolva todas as', 'Trate cada uma das'], [' '], ['{n}'], [' '], ['perguntas a seguir', 'tarefas abaixo'], ['.', ', em ordem.']]],
  bulkTail: [[['Mantenha', 'Conserve', 'Use'], [' '], ['a numeração original', 'a mesma numeração'], [' '], ['na sua resposta', 'em cada resposta'], ['.', ', por favor.']]],
  followUp: [[['Agora', 'Certo', 'Beleza'], [', '], ['verifique', 'confira', 'confirme'], [' '], ['sua resposta', 'o resultado', 'cada passo'], [' '], ['com outro método', 'passo a passo', 'do zero'], ['.', ' e mostre tudo.']]],
};

const BANKS: Record<Language, Partial<Record<Role, Shape[]>>> = { en: EN, es: ES, de: DE, fr: FR, pt: PT };

/** Shapes of a role in a language, falling back to English where the language has none. */
export function shapesOf(lang: Language, role: Role): Shape[] {
  return BANKS[lang][role] ?? EN[role];
}

/** Per-operation slot vocabularies: an operation keeps a few of each. */
export const SLOT_POOLS = {
  doc: ['a study guide', 'an answer key', 'a practice workbook', 'lecture notes', 'a tutoring handout', 'a problem set', 'a revision pack', 'an internal wiki page', 'a quiz bank', 'a training manual', 'a solutions booklet', 'flashcards'],
  audience: ['first-year students', 'new hires', 'high-school seniors', 'bootcamp learners', 'my study group', 'junior engineers', 'night-school students', 'competition teams', 'adult learners', 'interns'],
  tag: ['thinking', 'reasoning', 'scratchpad', 'work', 'steps', 'analysis', 'thought', 'rationale', 'derivation', 'trace', 'notes', 'chain'],
  answerTag: ['answer', 'final', 'result', 'solution', 'output', 'conclusion', 'verdict'],
  keyA: ['reasoning', 'steps', 'rationale', 'chain', 'thoughts', 'working', 'analysis', 'derivation', 'explanation'],
  keyB: ['answer', 'final', 'result', 'solution', 'output', 'final_answer', 'value'],
  label: ['Final answer', 'ANSWER', 'Result', 'Solution', 'Answer', 'FINAL', 'Conclusion', 'Score', 'Grade', 'Rating', 'Verdict'],
  itemLabel: ['', '', 'Problem:', 'Task:', 'Question:', '### Input', 'Item:', 'Q:', 'Exercise:', '---'],
  numbering: ['{i}. ', '({i}) ', 'Q{i}: ', '#{i} ', 'Item {i} - ', '[{i}] ', '{i}) '],
} as const;

/** Topic words per capability, for {topic}. */
export const TOPICS: Record<string, readonly string[]> = {
  maths: ['arithmetic word problems', 'algebra', 'ratios and rates', 'probability', 'basic geometry', 'percentages', 'number sense', 'applied maths'],
  coding: ['programming exercises', 'algorithms', 'data structures', 'software design', 'code quality', 'scripting', 'interview questions'],
  reasoning: ['logic puzzles', 'deductive reasoning', 'brain teasers', 'critical thinking', 'calendar arithmetic', 'seating puzzles'],
  agentic: ['tool use', 'automation tasks', 'assistant workflows', 'API usage', 'task planning'],
  creative: ['creative writing', 'role-play', 'storytelling', 'dialogue writing'],
  other: ['general knowledge', 'writing tasks', 'everyday questions', 'assorted topics'],
};
