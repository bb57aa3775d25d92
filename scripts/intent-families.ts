/**
 * Further phrasing families for the intent model, in English and seventeen other languages (several the older
 * grammars never covered: Italian, Dutch, Polish, Turkish, Hindi, Indonesian, Vietnamese, Swedish), composed from
 * small per-language slot tables.
 *
 * Extraction families: taxonomy sweeps (write N questions testing a skill, each with a model answer), agent
 * trajectories (tool list + a full thought/action/observation trace), code harvesting (explain, code, verify),
 * chain-of-thought on word problems with an answer line, instruction generation from JSON seed records, dataset
 * replies ("the ideal answer for a training set"), judge prompts against a reference, batch schemas (JSON, YAML,
 * JSONL records whose answer field is empty) and items carried in pipeline envelopes (record ids, chat-template
 * tokens, empty output fields). Each can be led by a polite, indirect sentence, and the instruction is often in one
 * language around an item in another (mixed-language requests).
 *
 * Ordinary families (hard negatives, same languages): students asking for steps on homework, parents asking how
 * to explain a problem, teachers preparing exercises with solutions for a class, developers asking for code with
 * tests or for JSON conversions of their own data, researchers discussing chain-of-thought, people asking for a
 * grade on their own essay, turns of a developer's own agent loop (tool results, tracebacks). They share the vocabulary of the extraction families ("step by step", "JSON",
 * "score out of 10", "N exercises with solutions") so that vocabulary alone stops being evidence.
 *
 * None of this wording is taken from the blind sets: scripts/intent-blind-overlap.ts reports the longest word run any
 * value shares with a set.
 * Placeholders: {item} {answer} {n} {k} {skill} {t} {text} {records}.
 */
import type { Phrasing } from './intent-phrasings.js';
import type { Rand } from './intent-grammar.js';

/** Slot table of one language. Every list has at least one value. */
export interface FamilyLang {
  code: string;
  /** Sentence separator ('' for Chinese and Japanese). */
  sep: string;
  area: string[];
  sweep: string[];
  agent: string[];
  code_: string[];
  cot: string[];
  final: string[];
  json: string[];
  gen: string[];
  seedNote: string[];
  judge: string[];
  dataset: string[];
  polite: string[];
  qLabel: string[];
  refLabel: string[];
  candLabel: string[];
  /** In-language word problems with {a} {b} {c} numbers and {name}. */
  problem: string[];
  names: string[];
  skills: string[];
  // ordinary
  student: string[];
  parent: string[];
  teacher: string[];
  dev: string[];
  devJson: string[];
  researcher: string[];
  selfGrade: string[];
  /** Hint requests, application templates (summarise, translate) and everyday questions. */
  misc: string[];
  teachTopics: string[];
}

const en: FamilyLang = {
  code: 'en', sep: ' ',
  area: ['Skill', 'Capability', 'Competency', 'Taxonomy node', 'Category', 'Topic area', 'Leaf', 'Domain'],
  sweep: [
    'Write {n} challenging questions that probe this skill, ordered from novice to expert, and give a full reference answer for each.',
    'Produce {n} exam-style problems covering this capability at increasing difficulty; every problem needs a complete worked solution.',
    'Draft {n} questions a specialist would use to check mastery of it, each followed by an exemplary answer.',
    'Cover this node with {n} diverse prompts (easy, medium, hard) and write the gold response to each one.',
    'List {n} test questions for this competency together with model answers that a grader could use.',
    'Generate {n} items for this category: question, ideal answer, difficulty label.',
  ],
  agent: [
    'You can call the tools listed below. Produce the whole episode: each Thought, the Action with its input, the Observation it returns, and finally the Answer.',
    'Act as a tool-using agent. For the request below, write a complete ReAct trace in Thought/Action/Observation loops that ends in a Final Answer; invent realistic tool outputs.',
    'Simulate an agent run for the task below with the available tools, showing every reasoning step and tool call until the final answer.',
  ],
  code_: [
    'First describe your plan in detail, then write the complete implementation, then walk through every example in the docstring to confirm it works.',
    'Reason about the algorithm step by step, give the full code in one block, and state its time and space complexity.',
    'Implement it. Before the code, explain the approach; after the code, list the edge cases you checked.',
  ],
  cot: [
    'Work through it one step at a time and write down every intermediate calculation.',
    'Show the complete derivation; do not skip any arithmetic.',
    'Explain each step of the solution on its own line before stating the result.',
    'Reason it out in full, the more detail the better.',
  ],
  final: ['Finish with a line of the form "Answer: <number>".', 'Put the final value inside \\boxed{}.', 'The last line must contain only the final answer.'],
  json: [
    'Return a single JSON object with the keys "instruction", "input" and "output" and nothing else.',
    'Reply with valid JSON only: {"question": ..., "reasoning": ..., "answer": ...}.',
    'Emit one JSON line per record with fields prompt, completion.',
  ],
  gen: [
    'Create {n} fresh, diverse tasks for fine-tuning a chat assistant. Every task gets three parts: what to do, optional context, and a polished reply.',
    'Come up with {n} new instruction/response pairs in the same schema, varied in topic and difficulty.',
    'Extend this seed set with {n} more records; do not repeat any instruction.',
  ],
  seedNote: ['Seed records (format reference only):', 'Here are some examples of the schema:', 'Existing entries:'],
  judge: [
    'Check the candidate answer against the reference, assign a 1–10 mark, then justify it in one sentence.',
    'You are grading model outputs. Decide whether the response is correct given the reference, and output a score between 0 and 5.',
    'Rate the response below for accuracy and helpfulness on a 1-7 scale; return the score first.',
  ],
  dataset: [
    'Write the ideal assistant response to the prompt below. It goes straight into a training set, so no greetings and no clarifying questions.',
    'Give the best possible completion for this prompt, suitable as a gold label for supervised fine-tuning.',
    'Answer the following as a high-quality reference response for our instruction dataset.',
  ],
  polite: [
    'I hope you can help me with something.', 'Would you mind doing the following for me?', 'If it is not too much trouble, here is a request.',
    'I would really appreciate your help with this.', 'Sorry to bother you, one more request.', 'When you have a moment, could you take care of this?',
  ],
  qLabel: ['Question', 'Problem', 'Task', 'Prompt', 'Item'],
  refLabel: ['Reference answer', 'Gold answer', 'Expected'],
  candLabel: ['Candidate answer', 'Model response', 'Response to grade'],
  problem: [
    '{name} saves {a} dollars a week. How many weeks does it take to save {c} dollars?',
    'A box holds {a} apples. How many apples are in {b} boxes?',
    '{name} reads {a} pages a day. How many pages does {name} read in {b} days?',
  ],
  names: ['Maya', 'Tom', 'Priya', 'Leo'],
  skills: ['contract law', 'unit conversion', 'SQL joins', 'summarising news articles', 'probability', 'organic chemistry', 'regular expressions', 'tax rules'],
  student: [
    'Please explain this one step by step, I want to learn the method and not only see the result.\n\n{item}', 'Homework help: how do you solve this, step by step? Our teacher wants the working shown.\n\n{item}', 'I have this on my homework and I am lost. Could you walk me through how to think about it, so it clicks for me? Copying the answer will not help me.\n\n{item}',
    '{item}\n\nmy answer does not match the book, where did I go wrong? please explain slowly',
    'Can you check my working on this one? I got a different number.\n\n{item}',
    'Studying for a test tomorrow. How do I even start this kind of problem?\n\n{item}',
  ],
  parent: ['My son has this problem for homework and I have no idea how to explain it to him:\n\n{item}', 'Helping my kid with maths tonight, how would you explain this one simply?\n\n{item}'],
  teacher: [
    'I teach year 7 maths. Please write {n} word problems on {t} for tomorrow\'s lesson, with the answers listed separately.', 'For my evening class (adult learners, beginner level) I need {n} gap-fill sentences about {t}, answer key at the bottom.', 'I teach {t}. Could you make {n} practice exercises with an answer key for my class on Monday?',
    'I am a teacher preparing a worked example on {t} for my students. Can you write one solved example with every step shown?',
    'Need a short quiz on {t} for my pupils, {n} questions, answers at the end.',
  ],
  dev: [
    'Can you write this in Python with a few pytest tests?\n\n{item}',
    'Here is what I need for my project. Please include unit tests and short comments.\n\n{item}',
    'How would you implement this? Give me hints first, not the full solution.\n\n{item}',
  ],
  devJson: [
    'Convert this list to JSON with the fields name, city and age:\n{text}',
    'My app needs the reply as JSON with keys "title" and "summary". Here is the text:\n{text}',
    'Turn these rows into a JSON array for my frontend:\n{text}',
  ],
  researcher: [
    'I am writing a literature review on chain-of-thought prompting. Does asking a model to show its reasoning actually improve accuracy, and on which tasks?',
    'What is the difference between chain-of-thought and self-consistency decoding? I need it for a seminar.',
    'Is LLM-as-a-judge evaluation reliable? What biases do rubric-based graders have?',
    'How do people build instruction-tuning datasets like Alpaca, and what are the licensing issues?',
  ],
  selfGrade: ['Be honest: what mark would this essay of mine get, and what should change before the deadline?\n\n{text}', 'How would a strict teacher mark this paragraph of mine?\n\n{text}'],
  misc: ['Can you explain {t} to me in detail, with one example?', 'Just a nudge in the right direction please, no full solution:\n\n{item}', 'Summarise this for me in two sentences:\n{text}', 'Translate into plain English:\n{text}', 'What should I cook tonight with rice, eggs and spinach?'],
  teachTopics: ['fractions', 'the French Revolution', 'photosynthesis', 'the past tense', 'percentages'],
};

const de: FamilyLang = {
  code: 'de', sep: ' ',
  area: ['Kompetenz', 'Fähigkeit', 'Themenfeld'],
  sweep: ['Formuliere {n} anspruchsvolle Fragen zu diesem Bereich, vom Einsteiger- bis zum Expertenniveau, jeweils mit vollständiger Musterlösung.', 'Erstelle {n} Prüfungsaufgaben, die diese Kompetenz abdecken, und schreibe zu jeder eine ausführliche Lösung.'],
  agent: ['Du kannst die unten beschriebenen Werkzeuge aufrufen. Schreibe den gesamten Ablauf auf: jeden Gedanken, jeden Werkzeugaufruf und jedes Ergebnis bis zur endgültigen Antwort.'],
  code_: ['Erläutere vorab genau, wie du vorgehst; danach folgt der komplette Code, und am Schluss testest du ihn an allen Beispielen.'],
  cot: ['Geh Schritt für Schritt vor und schreibe jede Zwischenrechnung auf.', 'Zeige den vollständigen Lösungsweg, lass keine Rechnung aus.'],
  final: ['Schreibe am Ende eine Zeile „Antwort: <Zahl>“.', 'Setze das Endergebnis in \\boxed{}.'],
  json: ['Gib ausschließlich ein JSON-Objekt mit den Feldern "instruction", "input" und "output" zurück.'],
  gen: ['Denk dir {n} neue, abwechslungsreiche Aufgaben zum Trainieren eines KI-Assistenten aus, bestehend aus Arbeitsauftrag, eventuellem Kontext und einer sauberen Lösung.'],
  seedNote: ['Beispiele für das Format:'],
  judge: ['Vergleiche die Antwort mit der Referenz und vergib eine Punktzahl von 1 bis 10 mit kurzer Begründung.'],
  dataset: ['Schreibe die ideale Antwort auf den folgenden Prompt; sie kommt in einen Trainingsdatensatz, also ohne Begrüßung und ohne Rückfragen.'],
  polite: ['Könntest du mir bitte bei Folgendem helfen?', 'Ich wäre dir sehr dankbar für Folgendes.'],
  qLabel: ['Frage', 'Aufgabe'], refLabel: ['Referenzantwort'], candLabel: ['Zu bewertende Antwort'],
  problem: ['{name} spart jede Woche {a} Euro. Nach wie vielen Wochen hat {name} {c} Euro?', 'Eine Kiste enthält {a} Äpfel. Wie viele Äpfel sind in {b} Kisten?'],
  names: ['Jonas', 'Lena'],
  skills: ['Vertragsrecht', 'Prozentrechnung', 'SQL-Abfragen'],
  student: ['Kannst du mir das Schritt für Schritt erklären? Mir geht es um den Rechenweg, nicht nur ums Ergebnis.\n\n{item}', 'Ich komme bei dieser Hausaufgabe nicht weiter. Kannst du mir erklären, wie man da vorgeht? Ich will es verstehen.\n\n{item}', '{item}\n\nmein Ergebnis passt nicht zur Musterlösung, was mache ich falsch?'],
  parent: ['Meiner Tochter fehlt bei dieser Hausaufgabe der Durchblick, mir ehrlich gesagt auch. Wie erklärt man das einem Kind?\n\n{item}'],
  teacher: ['Ich bin Lehrerin in der 6. Klasse. Erstellst du mir {n} Textaufgaben zu {t} mit Lösungsblatt für morgen?', 'Ich unterrichte {t}. Kannst du mir {n} Übungsaufgaben mit Lösungen für meine Klasse vorbereiten?', 'Ich bereite ein durchgerechnetes Beispiel zu {t} für den Unterricht vor. Kannst du eins mit allen Schritten schreiben?'],
  dev: ['Kannst du das in Python schreiben, mit ein paar Unit-Tests?\n\n{item}'],
  devJson: ['Mach aus dieser Liste JSON mit den Feldern name, stadt und alter:\n{text}'],
  researcher: ['Ich schreibe eine Arbeit über Chain-of-Thought-Prompting. Bringt es wirklich etwas, wenn das Modell seine Überlegungen ausschreibt?'],
  selfGrade: ['Wie viele Punkte von 10 würdest du meinem Aufsatz geben? Was sollte ich verbessern?\n\n{text}'],
  misc: ['Kannst du mir {t} ausführlich erklären, mit einem Beispiel?', 'Nur einen kleinen Tipp bitte, nicht die ganze Lösung:\n\n{item}', 'Fass das in zwei Sätzen zusammen:\n{text}', 'Übersetze das bitte ins Deutsche:\n{text}', 'Was kann man an einem Regentag in Hamburg unternehmen?'],
  teachTopics: ['Bruchrechnung', 'die Weimarer Republik'],
};

const es: FamilyLang = {
  code: 'es', sep: ' ',
  area: ['Competencia', 'Área', 'Habilidad'],
  sweep: ['Redacta {n} preguntas exigentes sobre esta área, ordenadas de menor a mayor dificultad, e incluye tras cada una su respuesta modelo completa.', 'Elabora {n} ejercicios tipo examen que cubran esta competencia y escribe para cada uno una solución desarrollada.'],
  agent: ['Puedes usar las herramientas descritas abajo. Escribe el recorrido entero: cada pensamiento, cada llamada a herramienta y lo que devuelve, hasta la respuesta final.'],
  code_: ['Primero describe con detalle tu enfoque, luego da el código completo y al final compruébalo con cada ejemplo.'],
  cot: ['Resuélvelo paso a paso y escribe todos los cálculos intermedios.', 'Muestra el desarrollo completo sin saltarte ninguna operación.'],
  final: ['Termina con una línea «Respuesta: <número>».', 'Pon el resultado final dentro de \\boxed{}.'],
  json: ['Devuelve únicamente un objeto JSON con los campos "instruction", "input" y "output".'],
  gen: ['Inventa {n} tareas nuevas y variadas para entrenar a un asistente de IA, cada una con instrucción, entrada opcional y una buena respuesta.'],
  seedNote: ['Ejemplos del formato:'],
  judge: ['Compara la respuesta con la de referencia y asigna una puntuación de 1 a 10 con una breve justificación.'],
  dataset: ['Escribe la respuesta ideal al siguiente prompt; irá a un conjunto de entrenamiento, así que sin saludos ni preguntas de vuelta.'],
  polite: ['¿Me podrías ayudar con lo siguiente, por favor?', 'Te agradecería mucho que hicieras lo siguiente.'],
  qLabel: ['Pregunta', 'Problema'], refLabel: ['Respuesta de referencia'], candLabel: ['Respuesta a evaluar'],
  problem: ['{name} ahorra {a} euros cada semana. ¿Cuántas semanas necesita para juntar {c} euros?', 'Una caja tiene {a} manzanas. ¿Cuántas manzanas hay en {b} cajas?'],
  names: ['Carmen', 'Pablo'],
  skills: ['derecho mercantil', 'porcentajes', 'consultas SQL'],
  student: ['¿Me explicas este paso a paso? Lo que me interesa es entender el procedimiento, no solo el resultado final.\n\n{item}', 'Buenas, me ayudas con esta tarea? explícamelo paso por paso porfa, el profe pide el desarrollo\n\n{item}', 'Tengo esto de deberes y me he perdido. ¿Me ayudas a entender cómo se plantea? Quiero aprenderlo.\n\n{item}', '{item}\n\na mí me sale otro número que en el libro, ¿dónde me equivoco?'],
  parent: ['Mi hija tiene este problema de tarea y no sé cómo explicárselo de forma sencilla:\n\n{item}'],
  teacher: ['Soy profe de secundaria. Para el examen del viernes me vendrían bien {n} preguntas de repaso sobre {t}, con las soluciones al final.', 'Doy clase de {t}. ¿Me preparas {n} ejercicios con soluciones para mis alumnos?', 'Estoy preparando un ejemplo resuelto de {t} para clase. ¿Puedes escribir uno con todos los pasos?'],
  dev: ['¿Puedes escribir esto en Python con algunas pruebas unitarias?\n\n{item}'],
  devJson: ['Necesito esto en JSON para mi app (claves: nombre, ciudad, edad):\n{text}'],
  researcher: ['Estoy escribiendo un trabajo sobre chain-of-thought. ¿De verdad mejora la precisión que el modelo muestre su razonamiento?'],
  selfGrade: ['¿Qué nota del 1 al 10 le pondrías a mi redacción y qué debería mejorar?\n\n{text}'],
  misc: ['¿Me explicas con detalle {t}, con algún ejemplo?', 'Solo una pista, por favor, sin resolverlo entero:\n\n{item}', 'Resúmeme esto en dos frases:\n{text}', 'Tradúcelo al español:\n{text}', '¿Qué puedo cocinar hoy con arroz, huevos y espinacas?'],
  teachTopics: ['fracciones', 'la Guerra Civil'],
};

const fr: FamilyLang = {
  code: 'fr', sep: ' ',
  area: ['Compétence', 'Domaine'],
  sweep: ['Rédige {n} questions difficiles sur ce domaine, du niveau débutant au niveau expert, chacune avec une réponse modèle complète.', 'Propose {n} exercices de type examen couvrant cette compétence, avec pour chacun une solution détaillée.'],
  agent: ['Tu peux appeler les outils décrits ci-dessous. Écris tout le déroulé : chaque réflexion, chaque appel d’outil et son résultat, jusqu’à la réponse finale.'],
  code_: ['Commence par expliquer ta méthode, écris le code en entier, puis teste-le sur tous les exemples.'],
  cot: ['Procède étape par étape et écris chaque calcul intermédiaire.', 'Montre tout le raisonnement, sans sauter d’opération.'],
  final: ['Termine par une ligne « Réponse : <nombre> ».', 'Mets le résultat final dans \\boxed{}.'],
  json: ['Renvoie uniquement un objet JSON avec les champs "instruction", "input" et "output".'],
  gen: ['Imagine {n} tâches inédites destinées à l’entraînement d’un assistant conversationnel ; pour chacune : consigne, contexte éventuel, réponse soignée.'],
  seedNote: ['Exemples du format :'],
  judge: ['Compare la réponse à la référence et attribue une note de 1 à 10 avec une courte justification.'],
  dataset: ['Écris la réponse idéale au prompt suivant ; elle ira dans un jeu d’entraînement, donc sans salutation ni question en retour.'],
  polite: ['Pourrais-tu m’aider pour ce qui suit, s’il te plaît ?', 'Je te serais reconnaissant de faire ceci.'],
  qLabel: ['Question', 'Exercice'], refLabel: ['Réponse de référence'], candLabel: ['Réponse à évaluer'],
  problem: ['{name} économise {a} euros par semaine. Combien de semaines lui faut-il pour avoir {c} euros ?', 'Une caisse contient {a} pommes. Combien de pommes y a-t-il dans {b} caisses ?'],
  names: ['Chloé', 'Hugo'],
  skills: ['droit des contrats', 'pourcentages', 'requêtes SQL'],
  student: ['C’est pour un devoir : tu me détailles le raisonnement ? Le prof veut voir le calcul, pas juste le nombre final.\n\n{item}', 'J’ai cet exercice en devoir et je bloque. Tu peux m’aider à comprendre comment on s’y prend ? Je veux comprendre.\n\n{item}', '{item}\n\nmon résultat diffère de celui du livre, je me suis trompé où ?'],
  parent: ['Mon fils a ce problème à faire et je ne sais pas comment le lui expliquer :\n\n{item}'],
  teacher: ['Je suis prof en 5e. Il me faudrait {n} problèmes sur {t} avec un corrigé pour demain.', 'J’enseigne {t}. Peux-tu préparer {n} exercices avec corrigé pour ma classe ?', 'Je prépare un exemple corrigé sur {t} pour mes élèves. Peux-tu en rédiger un avec toutes les étapes ?'],
  dev: ['Tu peux écrire ça en Python avec quelques tests unitaires ?\n\n{item}'],
  devJson: ['Transforme cette liste en JSON avec les champs nom, ville et âge :\n{text}'],
  researcher: ['Je rédige un mémoire sur le prompting chain-of-thought. Est-ce que demander au modèle d’expliciter son raisonnement améliore vraiment les résultats ?'],
  selfGrade: ['Quelle note sur 20 donnerais-tu à ma dissertation, et que dois-je améliorer ?\n\n{text}'],
  misc: ['Tu peux m’expliquer en détail {t}, avec un exemple ?', 'Juste un indice, pas la solution complète :\n\n{item}', 'Résume-moi ça en deux phrases :\n{text}', 'Traduis en français :\n{text}', 'Que visiter à Lyon en une journée ?'],
  teachTopics: ['les fractions', 'la Révolution française'],
};

const pt: FamilyLang = {
  code: 'pt', sep: ' ',
  area: ['Competência', 'Área'],
  sweep: ['Elabore {n} perguntas difíceis sobre esta área, da mais simples à mais avançada, e escreva a resposta ideal logo abaixo de cada pergunta.', 'Crie {n} exercícios estilo prova que cubram esta competência, com uma solução detalhada para cada um.'],
  agent: ['Você pode chamar as ferramentas descritas abaixo. Escreva todo o percurso: cada pensamento, cada chamada de ferramenta e o resultado, até a resposta final.'],
  code_: ['Primeiro descreva sua abordagem em detalhe, depois dê o código completo e teste-o com cada exemplo.'],
  cot: ['Resolva passo a passo e escreva todos os cálculos intermediários.', 'Mostre o desenvolvimento completo sem pular contas.'],
  final: ['Termine com uma linha "Resposta: <número>".', 'Coloque o resultado final dentro de \\boxed{}.'],
  json: ['Retorne apenas um objeto JSON com os campos "instruction", "input" e "output".'],
  gen: ['Invente {n} tarefas inéditas para o treinamento de um chatbot; para cada uma: o que fazer, contexto se houver e uma resposta caprichada.'],
  seedNote: ['Exemplos do formato:'],
  judge: ['Compare a resposta com a referência e dê uma nota de 1 a 10 com uma breve justificativa.'],
  dataset: ['Escreva a resposta ideal para o prompt abaixo; ela vai para um conjunto de treino, então sem saudações nem perguntas de volta.'],
  polite: ['Você poderia me ajudar com o seguinte, por favor?', 'Ficaria muito grato se fizesse o seguinte.'],
  qLabel: ['Pergunta', 'Questão'], refLabel: ['Resposta de referência'], candLabel: ['Resposta a avaliar'],
  problem: ['{name} guarda {a} reais por semana. Em quantas semanas junta {c} reais?', 'Uma caixa tem {a} maçãs. Quantas maçãs há em {b} caixas?'],
  names: ['Beatriz', 'Rafael'],
  skills: ['direito do consumidor', 'porcentagem', 'consultas SQL'],
  student: ['Me mostra como resolve, passo por passo? A professora quer a resolução, não só o número final.\n\n{item}', 'Tenho isso no dever de casa e travei. Pode me ajudar a entender como começar? Quero aprender.\n\n{item}', '{item}\n\nmeu resultado não bate com o gabarito, onde errei?'],
  parent: ['Meu filho trouxe esse problema da escola e não sei como explicar pra ele:\n\n{item}'],
  teacher: ['Dou aula para o 7º ano. Preciso de {n} questões sobre {t} com gabarito para a prova de sexta.', 'Sou professora de {t}. Pode preparar {n} exercícios com gabarito para minha turma?', 'Estou montando um exemplo resolvido de {t} para a aula. Pode escrever um com todos os passos?'],
  dev: ['Pode escrever isso em Python com alguns testes unitários?\n\n{item}'],
  devJson: ['Converte essa lista em JSON com os campos nome, cidade e idade:\n{text}'],
  researcher: ['Estou escrevendo sobre chain-of-thought. Pedir que o modelo mostre o raciocínio realmente melhora a precisão?'],
  selfGrade: ['Que nota de 0 a 10 você daria para minha redação? O que devo melhorar?\n\n{text}'],
  misc: ['Pode me explicar em detalhes {t}, com um exemplo?', 'Só uma dica, sem resolver tudo:\n\n{item}', 'Resume isso em duas frases:\n{text}', 'Traduz para o português:\n{text}', 'O que fazer em Lisboa num domingo de chuva?'],
  teachTopics: ['frações', 'o Brasil colonial'],
};

const it: FamilyLang = {
  code: 'it', sep: ' ',
  area: ['Competenza', 'Ambito'],
  sweep: ['Scrivi {n} domande impegnative su questo ambito, dal livello base a quello esperto, ognuna con una risposta modello completa.', 'Prepara {n} esercizi da esame che coprano questa competenza, con una soluzione svolta per ciascuno.'],
  agent: ['Puoi usare gli strumenti elencati qui sotto. Scrivi tutto il percorso: ogni riflessione, ogni chiamata a uno strumento e il suo esito, fino alla risposta finale.'],
  code_: ['Descrivi prima nel dettaglio come intendi procedere, poi scrivi il codice intero e infine provalo su ogni esempio.'],
  cot: ['Procedi un passaggio alla volta e scrivi ogni calcolo intermedio.', 'Mostra tutto lo svolgimento senza saltare conti.'],
  final: ['Chiudi con una riga "Risposta: <numero>".', 'Metti il risultato finale dentro \\boxed{}.'],
  json: ['Restituisci solo un oggetto JSON con i campi "instruction", "input" e "output".'],
  gen: ['Inventa {n} compiti nuovi e vari per addestrare un assistente virtuale: per ognuno la consegna, l’eventuale contesto e una risposta curata.'],
  seedNote: ['Esempi di formato:'],
  judge: ['Confronta la risposta con quella di riferimento e assegna un voto (1–10), motivandolo in breve.'],
  dataset: ['Scrivi la risposta ideale al prompt seguente; finirà in un dataset di addestramento, quindi niente saluti né domande.'],
  polite: ['Mi potresti aiutare con quanto segue, per favore?', 'Ti sarei grato se facessi questo.'],
  qLabel: ['Domanda', 'Esercizio'], refLabel: ['Risposta di riferimento'], candLabel: ['Risposta da valutare'],
  problem: ['{name} mette da parte {a} euro a settimana. Dopo quante settimane avrà {c} euro?', 'Una cassetta contiene {a} mele. Quante mele ci sono in {b} cassette?'],
  names: ['Giulia', 'Marco'],
  skills: ['diritto commerciale', 'percentuali', 'query SQL'],
  student: ['Me lo spieghi passo dopo passo? Mi interessa il procedimento, non solo il risultato.\n\n{item}', 'Ho questo esercizio per casa e mi sono bloccato. Mi aiuti a capire come impostarlo? Voglio capirlo davvero.\n\n{item}', '{item}\n\nnon mi torna col risultato del libro, dove sbaglio?'],
  parent: ['Mia figlia ha questo problema per compito e non so come spiegarglielo:\n\n{item}'],
  teacher: ['Insegno in seconda media. Mi servono {n} problemi su {t} con le soluzioni a parte per la verifica.', 'Insegno {t}. Mi prepari {n} esercizi con le soluzioni per la mia classe?', 'Sto preparando un esempio svolto su {t} per i miei studenti. Ne scrivi uno con tutti i passaggi?'],
  dev: ['Puoi scriverlo in Python con qualche test unitario?\n\n{item}'],
  devJson: ['Trasforma questa lista in JSON con i campi nome, città ed età:\n{text}'],
  researcher: ['Sto scrivendo la tesi sul chain-of-thought. Far esplicitare il ragionamento al modello migliora davvero l’accuratezza?'],
  selfGrade: ['Che voto daresti al mio tema da 1 a 10? Cosa devo migliorare?\n\n{text}'],
  misc: ['Mi spieghi nel dettaglio {t}, con un esempio?', 'Solo un indizio, non tutta la soluzione:\n\n{item}', 'Riassumimi questo in due frasi:\n{text}', 'Traduci in italiano:\n{text}', 'Che cosa posso cucinare con riso, uova e spinaci?'],
  teachTopics: ['le frazioni', 'il Risorgimento'],
};

const nl: FamilyLang = {
  code: 'nl', sep: ' ',
  area: ['Vaardigheid', 'Domein'],
  sweep: ['Schrijf {n} pittige vragen over dit domein, van beginner tot expert, elk met een volledig modelantwoord.', 'Maak {n} examenopgaven voor deze vaardigheid en werk bij elke opgave de oplossing helemaal uit.'],
  agent: ['Je kunt de onderstaande tools aanroepen. Schrijf het hele verloop uit: elke gedachte, elke toolaanroep en het resultaat, tot het eindantwoord.'],
  code_: ['Beschrijf eerst uitgebreid je aanpak, geef daarna de volledige code en controleer die met elk voorbeeld.'],
  cot: ['Werk het stap voor stap uit en schrijf elke tussenberekening op.', 'Laat de hele uitwerking zien zonder berekeningen over te slaan.'],
  final: ['Eindig met een regel "Antwoord: <getal>".', 'Zet het eindresultaat in \\boxed{}.'],
  json: ['Geef alleen een JSON-object terug met de velden "instruction", "input" en "output".'],
  gen: ['Bedenk {n} nieuwe, gevarieerde taken om een AI-assistent te trainen, elk met een instructie, optionele invoer en een goed antwoord.'],
  seedNote: ['Voorbeelden van het formaat:'],
  judge: ['Vergelijk het antwoord met de referentie en geef een score van 1 tot 10 met een korte motivatie.'],
  dataset: ['Schrijf het ideale antwoord op de volgende prompt; het gaat in een trainingsset, dus zonder begroeting of wedervragen.'],
  polite: ['Zou je me willen helpen met het volgende?', 'Ik zou het erg waarderen als je dit doet.'],
  qLabel: ['Vraag', 'Opgave'], refLabel: ['Referentieantwoord'], candLabel: ['Te beoordelen antwoord'],
  problem: ['{name} spaart elke week {a} euro. Na hoeveel weken heeft {name} {c} euro?', 'In een krat zitten {a} appels. Hoeveel appels zitten er in {b} kratten?'],
  names: ['Sanne', 'Daan'],
  skills: ['arbeidsrecht', 'procenten', 'SQL-query’s'],
  student: ['Kun je het stap voor stap uitleggen? Ik wil de methode snappen, niet alleen de uitkomst.\n\n{item}', 'Ik heb dit als huiswerk en ik snap er niks van. Kun je uitleggen hoe je het aanpakt? Ik wil het echt begrijpen.\n\n{item}'],
  parent: ['Mijn zoon heeft deze som als huiswerk en ik weet niet hoe ik het moet uitleggen:\n\n{item}'],
  teacher: ['Ik ben docent in de brugklas. Wil je {n} opgaven over {t} maken met een apart antwoordblad voor morgen?', 'Ik geef les in {t}. Kun je {n} oefenopgaven met uitwerkingen maken voor mijn klas?'],
  dev: ['Kun je dit in Python schrijven, met een paar unittests?\n\n{item}'],
  devJson: ['Zet deze lijst om naar JSON met de velden naam, stad en leeftijd:\n{text}'],
  researcher: ['Ik schrijf een scriptie over chain-of-thought. Helpt het echt als een model zijn redenering uitschrijft?'],
  selfGrade: ['Welk cijfer zou je mijn betoog geven, en wat moet beter?\n\n{text}'],
  misc: ['Kun je {t} uitgebreid uitleggen, met een voorbeeld?', 'Alleen een hint graag, niet de hele oplossing:\n\n{item}', 'Vat dit samen in twee zinnen:\n{text}', 'Vertaal naar het Nederlands:\n{text}', 'Wat kun je doen in Utrecht als het regent?'],
  teachTopics: ['breuken', 'de Gouden Eeuw'],
};

const pl: FamilyLang = {
  code: 'pl', sep: ' ',
  area: ['Umiejętność', 'Dziedzina'],
  sweep: ['Napisz {n} trudnych pytań z tej dziedziny, od poziomu podstawowego do eksperckiego, każde z pełną odpowiedzią wzorcową.', 'Przygotuj {n} zadań egzaminacyjnych sprawdzających tę umiejętność i do każdego podaj rozwiązanie krok po kroku.'],
  agent: ['Możesz wywoływać narzędzia opisane poniżej. Zapisz cały przebieg: każdą myśl, każde wywołanie narzędzia i jego wynik, aż do odpowiedzi końcowej.'],
  code_: ['Najpierw szczegółowo opisz swoje podejście, potem podaj cały kod, a na końcu sprawdź go na każdym przykładzie.'],
  cot: ['Rozwiąż to krok po kroku i zapisz każde obliczenie pośrednie.', 'Pokaż całe rozumowanie, nie pomijaj żadnego rachunku.'],
  final: ['Zakończ linijką "Odpowiedź: <liczba>".', 'Wynik końcowy umieść w \\boxed{}.'],
  json: ['Zwróć wyłącznie obiekt JSON z polami "instruction", "input" i "output".'],
  gen: ['Wymyśl {n} nowych, zróżnicowanych zadań do trenowania asystenta AI, każde z poleceniem, opcjonalnym wejściem i dobrą odpowiedzią.'],
  seedNote: ['Przykłady formatu:'],
  judge: ['Porównaj odpowiedź z wzorcową i wystaw ocenę od 1 do 10 z krótkim uzasadnieniem.'],
  dataset: ['Napisz idealną odpowiedź na poniższy prompt; trafi do zbioru treningowego, więc bez powitań i bez dopytywania.'],
  polite: ['Czy mógłbyś mi pomóc w następującej sprawie?', 'Byłbym wdzięczny, gdybyś zrobił to.'],
  qLabel: ['Pytanie', 'Zadanie'], refLabel: ['Odpowiedź wzorcowa'], candLabel: ['Odpowiedź do oceny'],
  problem: ['{name} odkłada {a} zł tygodniowo. Po ilu tygodniach będzie miał {c} zł?', 'W skrzynce jest {a} jabłek. Ile jabłek jest w {b} skrzynkach?'],
  names: ['Kasia', 'Tomek'],
  skills: ['prawo pracy', 'procenty', 'zapytania SQL'],
  student: ['Wytłumaczysz krok po kroku? Chcę zrozumieć metodę, a nie tylko poznać wynik.\n\n{item}', 'Mam to zadanie domowe i utknąłem. Możesz mi wytłumaczyć, jak się do tego zabrać? Chcę to zrozumieć.\n\n{item}'],
  parent: ['Córka ma to zadanie na jutro, a ja nie wiem, jak jej to wytłumaczyć:\n\n{item}'],
  teacher: ['Uczę w szóstej klasie. Potrzebuję {n} zadań z {t} z osobnym kluczem odpowiedzi na jutro.', 'Uczę {t}. Przygotujesz {n} ćwiczeń z rozwiązaniami dla mojej klasy?'],
  dev: ['Możesz to napisać w Pythonie z kilkoma testami jednostkowymi?\n\n{item}'],
  devJson: ['Zamień tę listę na JSON z polami imie, miasto i wiek:\n{text}'],
  researcher: ['Piszę pracę o chain-of-thought. Czy wypisywanie rozumowania przez model naprawdę poprawia wyniki?'],
  selfGrade: ['Jaką ocenę dałbyś mojemu wypracowaniu i co poprawić?\n\n{text}'],
  misc: ['Możesz mi szczegółowo wyjaśnić {t} na przykładzie?', 'Tylko mała wskazówka, bez całego rozwiązania:\n\n{item}', 'Streść to w dwóch zdaniach:\n{text}', 'Przetłumacz na polski:\n{text}', 'Co ugotować dziś z ryżu, jajek i szpinaku?'],
  teachTopics: ['ułamków', 'historii Polski'],
};

const ru: FamilyLang = {
  code: 'ru', sep: ' ',
  area: ['Навык', 'Область'],
  sweep: ['Составь {n} сложных вопросов по этой области, от начального уровня до экспертного, и к каждому дай полный эталонный ответ.', 'Придумай {n} экзаменационных задач на этот навык и подробно реши каждую.'],
  agent: ['Тебе доступны инструменты, описанные ниже. Запиши весь ход работы: каждую мысль, каждый вызов инструмента и его результат, вплоть до итогового ответа.'],
  code_: ['Сначала подробно опиши подход, затем приведи полный код и проверь его на каждом примере.'],
  cot: ['Решай по шагам и выписывай каждое промежуточное вычисление.', 'Покажи полное решение, не пропуская ни одного действия.'],
  final: ['В конце напиши строку «Итог: <число>».', 'Итоговый результат помести в \\boxed{}.'],
  json: ['Верни только JSON-объект с полями "instruction", "input" и "output".'],
  gen: ['Придумай {n} новых разнообразных заданий для обучения ИИ-ассистента, у каждого инструкция, необязательный ввод и качественный ответ.'],
  seedNote: ['Примеры формата:'],
  judge: ['Сравни ответ с эталоном и поставь оценку от 1 до 10 с кратким обоснованием.'],
  dataset: ['Напиши идеальный ответ на запрос ниже; он пойдёт в обучающую выборку, поэтому без приветствий и встречных вопросов.'],
  polite: ['Не мог бы ты помочь мне со следующим?', 'Буду очень благодарен, если сделаешь следующее.'],
  qLabel: ['Вопрос', 'Задача'], refLabel: ['Эталонный ответ'], candLabel: ['Ответ для оценки'],
  problem: ['{name} откладывает {a} рублей в неделю. За сколько недель наберётся {c} рублей?', 'В ящике {a} яблок. Сколько яблок в {b} ящиках?'],
  names: ['Маша', 'Артём'],
  skills: ['гражданское право', 'проценты', 'SQL-запросы'],
  student: ['Объясни пошагово, пожалуйста: мне важно понять способ решения, а не просто получить ответ.\n\n{item}', 'Застрял на этой домашке. Можешь объяснить, с чего начать? Хочу понять, а не списать.\n\n{item}', '{item}\n\nсверил с ответами в конце книги — не совпадает. Что я делаю не так?'],
  parent: ['У сына такая задача по математике, а я не знаю, как ему объяснить:\n\n{item}'],
  teacher: ['Я учитель в 6 классе. Нужно {n} задач на тему «{t}» с ответами отдельно, к завтрашнему уроку.', 'Я преподаю {t}. Подготовь, пожалуйста, {n} упражнений с ответами для моего класса.'],
  dev: ['Можешь написать это на Python с парой юнит-тестов?\n\n{item}'],
  devJson: ['Переведи этот список в JSON с полями имя, город и возраст:\n{text}'],
  researcher: ['Пишу курсовую про chain-of-thought. Правда ли, что если модель расписывает рассуждения, точность растёт?'],
  selfGrade: ['Какую оценку ты бы поставил моему сочинению и что исправить?\n\n{text}'],
  misc: ['Расскажи подробно про {t}, с примером.', 'Дай только подсказку, без полного решения:\n\n{item}', 'Перескажи это в двух предложениях:\n{text}', 'Переведи на русский:\n{text}', 'Куда сходить в Казани на выходных?'],
  teachTopics: ['дроби', 'историю России'],
};

const tr: FamilyLang = {
  code: 'tr', sep: ' ',
  area: ['Konu alanı', 'Yetkinlik'],
  sweep: ['Bu alanda bilgiyi sınayan {n} soru hazırla, kolaydan zora sırala ve her sorunun altına tam bir çözüm yaz.', 'Bu yetkinlik için sınav tarzında {n} problem oluştur; her birine ayrıntılı bir cevap anahtarı ekle.'],
  agent: ['Aşağıdaki araçları kullanabilirsin. Son yanıta ulaşana kadar her düşünceni, çağırdığın her aracı ve dönen sonucu tek tek yaz.'],
  code_: ['Önce nasıl çözeceğini uzun uzun anlat, sonra kodun tamamını ver ve her örnek üzerinde dene.'],
  cot: ['Adım adım ilerle ve her ara işlemi yaz.', 'Çözümün tamamını göster, hiçbir işlemi geçme.'],
  final: ['Son satıra "Cevap: <sayı>" yaz.', 'Sonucu \\boxed{} içine yaz.'],
  json: ['Yalnızca "instruction", "input" ve "output" alanları olan bir JSON nesnesi döndür.'],
  gen: ['Bir sohbet asistanının eğitiminde kullanılmak üzere {n} yeni ve farklı görev uydur; her görevde ne yapılacağı, varsa bağlam ve özenli bir cevap bulunsun.'],
  seedNote: ['Biçim için örnekler:'],
  judge: ['Yanıtı referansla karşılaştır ve 1 ile 10 arasında bir puan ver, kısaca gerekçelendir.'],
  dataset: ['Aşağıdaki isteme en iyi yanıtı yaz; bir eğitim veri setine girecek, o yüzden selamlama ya da soru sorma yok.'],
  polite: ['Şu konuda bana yardım edebilir misin lütfen?', 'Aşağıdakini yaparsan çok sevinirim.'],
  qLabel: ['Soru', 'Görev'], refLabel: ['Referans cevap'], candLabel: ['Değerlendirilecek cevap'],
  problem: ['{name} her hafta {a} lira biriktiriyor. {c} liraya kaç haftada ulaşır?', 'Bir kasada {a} elma var. {b} kasada kaç elma vardır?'],
  names: ['Elif', 'Can'],
  skills: ['iş hukuku', 'oran orantı', 'SQL sorguları'],
  student: ['Bunu adım adım anlatır mısın? Sadece sonucu değil, yöntemi öğrenmek istiyorum.\n\n{item}', 'Bu ödev sorusunda takıldım. Nasıl başlanacağını anlatır mısın? Gerçekten anlamak istiyorum.\n\n{item}', '{item}\n\nbenim sonucum kitaptakiyle aynı çıkmıyor, nerede hata yapıyorum?'],
  parent: ['Oğlumun ödevi bu, ona nasıl anlatacağımı bilemedim:\n\n{item}'],
  teacher: ['7. sınıflara ders veriyorum. Yarınki ders için {t} konusunda {n} soru ve cevap anahtarı hazırlar mısın?', '{t} dersi veriyorum. Sınıfım için çözümleriyle {n} alıştırma hazırlar mısın?'],
  dev: ['Bunu Python ile, birkaç birim testiyle yazabilir misin?\n\n{item}'],
  devJson: ['Bu listeyi ad, şehir ve yaş alanlarıyla JSON yap:\n{text}'],
  researcher: ['Chain-of-thought üzerine bir ödev yazıyorum. Modelin akıl yürütmesini yazması doğruluğu gerçekten artırıyor mu?'],
  selfGrade: ['Kompozisyonuma 10 üzerinden kaç verirsin, neyi düzeltmeliyim?\n\n{text}'],
  misc: ['{t} konusunu bana ayrıntılı anlatır mısın, bir örnekle?', 'Sadece küçük bir ipucu ver, cevabı söyleme:\n\n{item}', 'Bunu iki cümleyle özetler misin:\n{text}', 'Türkçeye çevir:\n{text}', 'Hafta sonu İzmir\'de nereleri gezebilirim?', 'Bu hafta akşam yemeği için pratik ne yapabilirim?'],
  teachTopics: ['kesirler', 'Osmanlı tarihi'],
};

const hi: FamilyLang = {
  code: 'hi', sep: ' ',
  area: ['विषय क्षेत्र', 'दक्षता'],
  sweep: ['इस क्षेत्र पर {n} चुनौतीपूर्ण सवाल तैयार करें, आसान से मुश्किल क्रम में, और हर सवाल के साथ पूरा हल लिखें।', 'इस दक्षता को जाँचने के लिए परीक्षा जैसे {n} प्रश्न लिखिए और हर एक का विस्तृत उत्तर भी दीजिए।'],
  agent: ['तुम नीचे दिए गए टूल इस्तेमाल कर सकते हो। अंतिम जवाब तक हर सोच, हर टूल कॉल और उसका नतीजा क्रम से लिखो।'],
  code_: ['सबसे पहले बताओ कि तुम इसे कैसे हल करोगे, फिर पूरा कोड लिखो और हर उदाहरण पर चलाकर देखो।'],
  cot: ['एक-एक कदम करके हल करो और हर बीच की गणना लिखो।', 'पूरा हल दिखाओ, कोई भी गणना मत छोड़ो।'],
  final: ['आख़िरी पंक्ति में "उत्तर: <संख्या>" लिखो।', 'अंतिम परिणाम \\boxed{} में रखो।'],
  json: ['सिर्फ़ "instruction", "input" और "output" फ़ील्ड वाला JSON ऑब्जेक्ट लौटाओ।'],
  gen: ['एक AI सहायक को ट्रेन करने के लिए {n} नए और अलग-अलग टास्क सोचो, हर टास्क में काम का विवरण, ज़रूरत हो तो संदर्भ, और एक बढ़िया जवाब शामिल करें।'],
  seedNote: ['फ़ॉर्मेट के लिए उदाहरण:'],
  judge: ['जवाब की तुलना संदर्भ उत्तर से करो और 1 से 10 के बीच अंक दो, साथ में छोटा कारण लिखो।'],
  dataset: ['नीचे दिए प्रॉम्प्ट का आदर्श जवाब लिखो; यह ट्रेनिंग डेटा में जाएगा, इसलिए न अभिवादन, न उलटे सवाल।'],
  polite: ['क्या आप कृपया इसमें मेरी मदद कर सकते हैं?', 'अगर आप यह कर दें तो बहुत आभारी रहूँगा।'],
  qLabel: ['सवाल', 'प्रश्न'], refLabel: ['संदर्भ उत्तर'], candLabel: ['जाँचने वाला उत्तर'],
  problem: ['{name} हर हफ़्ते {a} रुपये बचाती है। {c} रुपये जमा करने में कितने हफ़्ते लगेंगे?', 'एक पेटी में {a} आम हैं। {b} पेटियों में कितने आम होंगे?'],
  names: ['रिया', 'अमन'],
  skills: ['अनुबंध कानून', 'प्रतिशत', 'SQL क्वेरी'],
  student: ['इसे स्टेप बाय स्टेप समझा दीजिए, मुझे सिर्फ़ जवाब नहीं, तरीका सीखना है।\n\n{item}', 'होमवर्क के इस सवाल पर अटक गया हूँ। इसे शुरू कैसे करूँ, थोड़ा समझा देंगे? रटना नहीं, समझना है।\n\n{item}', '{item}\n\nकिताब के पीछे दिए उत्तर से मेरा उत्तर मेल नहीं खाता, मैं कहाँ चूक रहा हूँ?'],
  parent: ['मेरी बेटी को यह सवाल मिला है और मुझे समझ नहीं आ रहा कि उसे कैसे समझाऊँ:\n\n{item}'],
  teacher: ['मैं कक्षा 7 की शिक्षिका हूँ। कल की कक्षा के लिए {t} पर {n} प्रश्न और अलग से उत्तर कुंजी बना दीजिए।', 'मैं {t} पढ़ाती हूँ। क्या मेरी कक्षा के लिए हल सहित {n} अभ्यास प्रश्न बना देंगे?'],
  dev: ['क्या आप इसे Python में कुछ यूनिट टेस्ट के साथ लिख सकते हैं?\n\n{item}'],
  devJson: ['इस सूची को नाम, शहर और उम्र फ़ील्ड वाले JSON में बदल दो:\n{text}'],
  researcher: ['मैं chain-of-thought पर एक लेख लिख रहा हूँ। क्या मॉडल से तर्क लिखवाने से सच में सटीकता बढ़ती है?'],
  selfGrade: ['मेरे निबंध को 10 में से कितने अंक दोगे और क्या सुधारूँ?\n\n{text}'],
  misc: ['{t} को उदाहरण के साथ विस्तार से समझाइए।', 'बस एक छोटा सा संकेत दीजिए, पूरा हल नहीं:\n\n{item}', 'इसे दो वाक्यों में सारांशित करें:\n{text}', 'इसका हिंदी में अनुवाद करें:\n{text}', 'आज रात के खाने में चावल और दाल से क्या बना सकते हैं?'],
  teachTopics: ['भिन्न', 'भारतीय इतिहास'],
};

const ar: FamilyLang = {
  code: 'ar', sep: ' ',
  area: ['المجال', 'الكفاءة'],
  sweep: ['أنشئ {n} سؤالاً متدرجة في الصعوبة حول هذا المجال، وأرفق بكل سؤال حلاً مفصلاً.', 'اكتب {n} مسائل على نمط الامتحانات تغطي هذه الكفاءة مع حل كامل لكل مسألة.'],
  agent: ['يمكنك استخدام الأدوات الموصوفة أدناه. اكتب المسار كله: كل فكرة وكل استدعاء لأداة ونتيجته حتى الجواب النهائي.'],
  code_: ['اشرح طريقتك بالتفصيل أولاً، ثم اكتب الشيفرة كاملة، ثم اختبرها على كل مثال.'],
  cot: ['حلّها خطوة خطوة واكتب كل عملية حسابية وسيطة.', 'اعرض الحل كاملاً دون تخطي أي عملية.'],
  final: ['اختم بسطر "الجواب: <رقم>".', 'ضع النتيجة النهائية داخل \\boxed{}.'],
  json: ['أعد كائن JSON فقط يحتوي الحقول "instruction" و"input" و"output".'],
  gen: ['ابتكر {n} مهام جديدة ومتنوعة لتدريب مساعد ذكاء اصطناعي، لكل منها تعليمات ومدخل اختياري وإجابة جيدة.'],
  seedNote: ['أمثلة على الصيغة:'],
  judge: ['قارن الإجابة بالإجابة المرجعية وأعطها درجة من 1 إلى 10 مع تبرير قصير.'],
  dataset: ['اكتب الرد المثالي على الطلب التالي؛ سيدخل في مجموعة تدريب، فلا تحية ولا أسئلة مضادة.'],
  polite: ['هل يمكنك مساعدتي في ما يلي من فضلك؟', 'سأكون ممتناً لو قمت بما يلي.'],
  qLabel: ['سؤال', 'مسألة'], refLabel: ['الإجابة المرجعية'], candLabel: ['الإجابة المطلوب تقييمها'],
  problem: ['يدّخر {name} {a} دراهم كل أسبوع. بعد كم أسبوعاً يصبح معه {c} درهماً؟', 'في الصندوق {a} برتقالات. كم برتقالة في {b} صناديق؟'],
  names: ['سارة', 'يوسف'],
  skills: ['القانون المدني', 'النسب المئوية', 'استعلامات SQL'],
  student: ['اشرح لي الحل خطوة بخطوة من فضلك، أريد أن أتعلم الطريقة لا أن أعرف الناتج فقط.\n\n{item}', 'عندي هذا الواجب ولم أفهمه. هل تشرح لي كيف أبدأ؟ أريد أن أفهم.\n\n{item}'],
  parent: ['ابني عاد بهذا التمرين من المدرسة وأحتاج طريقة بسيطة لأفهمه إياه:\n\n{item}'],
  teacher: ['أنا معلمة للصف السابع. أحتاج {n} مسائل عن {t} مع مفتاح الإجابات لحصة الغد.', 'أدرّس {t}. هل تجهز لي {n} تمارين مع حلولها لطلابي؟'],
  dev: ['هل يمكنك كتابة هذا بلغة Python مع بعض اختبارات الوحدة؟\n\n{item}'],
  devJson: ['حوّل هذه القائمة إلى JSON بحقول الاسم والمدينة والعمر:\n{text}'],
  researcher: ['أكتب بحثاً عن chain-of-thought. هل يحسن فعلاً أن يكتب النموذج خطوات تفكيره؟'],
  selfGrade: ['كم تعطي مقالي من 10؟ وما الذي يجب أن أحسنه؟\n\n{text}'],
  misc: ['اشرح لي {t} بالتفصيل مع مثال.', 'أعطني تلميحاً فقط من دون الحل الكامل:\n\n{item}', 'لخّص هذا في جملتين:\n{text}', 'ترجم إلى العربية:\n{text}', 'ما أفضل الأماكن لزيارتها في عمّان؟'],
  teachTopics: ['الكسور', 'التاريخ الإسلامي'],
};

const zh: FamilyLang = {
  code: 'zh', sep: '',
  area: ['知识点', '考查方向'],
  sweep: ['围绕这个知识点出{n}个问题，难度逐步提高，每个问题附上详细的参考解答。', '针对这一方向编写{n}道考试题，并给每道题写出完整解析。'],
  agent: ['你可以调用下面列出的工具。请把整个过程写出来：每一次思考、每一次工具调用及其返回结果，直到最终回答。'],
  code_: ['先讲清楚你打算怎么做，然后写出全部代码，最后逐个示例检验。'],
  cot: ['请一步步来，把每个中间计算都写出来。', '给出完整的推导过程，不要跳过任何一步运算。'],
  final: ['最后一行写"答案：<数字>"。', '把最终结果放在 \\boxed{} 里。'],
  json: ['只返回一个包含 "instruction"、"input"、"output" 字段的 JSON 对象。'],
  gen: ['为训练一个AI助手编写{n}条新的、彼此不同的任务，每条包括要做什么、必要的背景以及一份高质量回复。'],
  seedNote: ['格式示例：'],
  judge: ['把回答和参考答案对比，给出1到10分，并简要说明理由。'],
  dataset: ['下面这个提示需要一份理想回复，会直接放进训练集，所以不要寒暄，也不要反问。'],
  polite: ['麻烦你帮我处理一下下面的内容。', '如果你能帮忙做下面这件事，我会非常感激。'],
  qLabel: ['问题', '题目'], refLabel: ['参考答案'], candLabel: ['待评分回答'],
  problem: ['{name}每周存{a}元，存够{c}元需要几周？', '一箱有{a}个苹果，{b}箱一共有多少个苹果？'],
  names: ['小明', '小红'],
  skills: ['劳动法', '百分数', 'SQL查询'],
  student: ['能一步一步给我讲讲吗？我想学会方法，不只是要个答案。\n\n{item}', '这道作业题我不会，你能告诉我该怎么入手吗？我想弄懂。\n\n{item}', '{item}\n\n我的结果跟书后答案对不上，是哪一步错了？'],
  parent: ['孩子带回来这道题，我不知道怎么给他讲：\n\n{item}'],
  teacher: ['明天要给学生上课，帮我出{n}道关于{t}的题，答案单独列在后面。', '我教{t}。能帮我给班上准备{n}道练习题并附答案吗？'],
  dev: ['能用 Python 写一下吗？顺便加几个单元测试。\n\n{item}'],
  devJson: ['帮我把下面的列表整理成 JSON（姓名、城市、年龄）：\n{text}'],
  researcher: ['我在写关于思维链提示的综述。让模型写出推理过程真的能提高准确率吗？'],
  selfGrade: ['你给我这篇作文打几分（满分10分）？哪里需要改？\n\n{text}'],
  misc: ['能详细讲讲{t}吗？举个例子。', '给我一点提示就好，别直接给答案：\n\n{item}', '用两句话概括一下：\n{text}', '翻译成中文：\n{text}', '周末去杭州玩，有什么推荐？'],
  teachTopics: ['分数', '中国古代史'],
};

const ja: FamilyLang = {
  code: 'ja', sep: '',
  area: ['分野', '評価項目'],
  sweep: ['この分野の理解度を確かめる問題を{n}個考えて、やさしい順に並べ、各問題に詳しい解答例を書いてください。', 'この項目を問う試験問題を{n}問作り、すべてに丁寧な解説を付けてください。'],
  agent: ['下に挙げたツールを使えます。最終回答にたどり着くまで、考えたこと、呼び出したツール、その結果を一つずつ書いてください。'],
  code_: ['まず方針を詳しく説明し、次にコード全体を書き、最後に各例で動作を確認してください。'],
  cot: ['一つずつ順を追って、途中の計算をすべて書いてください。', '解き方を省略せずに全部示してください。'],
  final: ['最後の行に「答え：<数>」と書いてください。', '最終結果は \\boxed{} に入れてください。'],
  json: ['"instruction"、"input"、"output" のフィールドを持つ JSON オブジェクトだけを返してください。'],
  gen: ['AIアシスタントを学習させるための新しいタスクを{n}件、内容がかぶらないように作ってください。各タスクには、やること・必要なら前提・質の高い応答を含めること。'],
  seedNote: ['形式の例：'],
  judge: ['採点対象の回答と参照解答を照らし合わせ、1〜10点の点数と短いコメントを付けてください。'],
  dataset: ['次のプロンプトへの理想的な応答を書いてください。学習データに入れるので、挨拶や聞き返しは不要です。'],
  polite: ['お手数ですが、以下をお願いできますか。', '次のことをしていただけると大変助かります。'],
  qLabel: ['問題', '設問'], refLabel: ['参照解答'], candLabel: ['採点対象の回答'],
  problem: ['{name}は毎週{a}円ずつ貯金します。{c}円貯まるのは何週間後ですか。', '1箱に{a}個のりんごが入っています。{b}箱では何個ですか。'],
  names: ['さくら', 'けんた'],
  skills: ['労働法', '割合', 'SQLクエリ'],
  student: ['一つずつ教えてくれませんか？先生に途中の式も書くように言われています。\n\n{item}', '宿題で出たこの問題、どこから手をつければいいのか見当がつきません。考え方を教えてもらえますか？\n\n{item}', '{item}\n\n解答と違う数字になってしまいます。どこでつまずいているでしょう？'],
  parent: ['子どもの宿題なんですが、どう説明すればいいかわかりません：\n\n{item}'],
  teacher: ['中学1年の担任です。明日の授業用に{t}の問題を{n}問、解答は別にまとめてください。', '{t}を教えています。クラス用に解答付きの練習問題を{n}問用意してほしいです。'],
  dev: ['これを Python で書いて、ユニットテストもいくつか付けてもらえますか？\n\n{item}'],
  devJson: ['このリストを名前・都市・年齢のフィールドを持つ JSON に変換してください：\n{text}'],
  researcher: ['Chain-of-Thought について卒論を書いています。モデルに推論を書かせると本当に精度が上がるのでしょうか？'],
  selfGrade: ['私の作文は10点満点で何点くらいでしょう？直した方がいいところもお願いします。\n\n{text}'],
  misc: ['{t}について、例を一つ挙げて詳しく説明してくれませんか？', 'ヒントを少しだけお願いします。答えは言わないで：\n\n{item}', '二文で要約して：\n{text}', '日本語に訳して：\n{text}', '雨の日の京都でおすすめの過ごし方は？'],
  teachTopics: ['分数', '日本史'],
};

const ko: FamilyLang = {
  code: 'ko', sep: ' ',
  area: ['분야', '평가 영역'],
  sweep: ['이 분야의 실력을 확인할 수 있는 질문 {n}개를 쉬운 것부터 어려운 순서로 작성하고 질문마다 상세한 풀이를 달아 주세요.', '이 영역을 묻는 시험 문제 {n}개를 만들고 각각 완전한 해설을 써 주세요.'],
  agent: ['아래 도구들을 호출할 수 있습니다. 최종 답에 이를 때까지 각 생각, 각 도구 호출과 그 결과를 차례로 모두 적어 주세요.'],
  code_: ['먼저 접근 방식을 자세히 설명하고, 전체 코드를 작성한 다음, 각 예제로 확인해 주세요.'],
  cot: ['한 단계씩 풀면서 중간 계산을 전부 적어 주세요.', '풀이 과정을 빠짐없이 모두 보여 주세요.'],
  final: ['마지막 줄에 "답: <숫자>"를 쓰세요.', '최종 결과는 \\boxed{} 안에 넣으세요.'],
  json: ['"instruction", "input", "output" 필드만 있는 JSON 객체를 반환하세요.'],
  gen: ['AI 어시스턴트 학습용으로 서로 다른 새 과제 {n}개를 만들어 주세요. 각 과제에는 지시문, 선택적 입력, 좋은 응답이 있어야 합니다.'],
  seedNote: ['형식 예시:'],
  judge: ['답변을 참조 답안과 비교해 1점에서 10점 사이로 채점하고 짧은 이유를 쓰세요.'],
  dataset: ['아래 프롬프트에 대한 이상적인 응답을 작성하세요. 학습 데이터에 들어가므로 인사말이나 되묻는 말은 빼 주세요.'],
  polite: ['번거로우시겠지만 다음을 부탁드려도 될까요?', '아래 일을 해 주시면 정말 감사하겠습니다.'],
  qLabel: ['질문', '문제'], refLabel: ['참조 답안'], candLabel: ['채점할 답변'],
  problem: ['{name}는 매주 {a}원씩 모읍니다. {c}원을 모으려면 몇 주가 걸릴까요?', '한 상자에 사과가 {a}개 있습니다. {b}상자에는 모두 몇 개일까요?'],
  names: ['지민', '서준'],
  skills: ['노동법', '백분율', 'SQL 쿼리'],
  student: ['단계별로 설명해 주실 수 있나요? 답만 말고 푸는 방법을 배우고 싶어요.\n\n{item}', '숙제 문제인데 모르겠어요. 어떻게 접근해야 하는지 알려 주실래요? 이해하고 싶어요.\n\n{item}', '{item}\n\n제 답이 해답지랑 달라요. 어디서 틀렸을까요?'],
  parent: ['아이 숙제인데 어떻게 설명해야 할지 모르겠어요:\n\n{item}'],
  teacher: ['중학교 1학년 담임입니다. 내일 수업용으로 {t} 문제 {n}개와 정답지를 따로 만들어 주세요.', '{t}을 가르치고 있어요. 우리 반을 위해 해답이 있는 연습 문제 {n}개를 만들어 줄 수 있나요?'],
  dev: ['이걸 Python으로 작성하고 유닛 테스트도 몇 개 붙여 줄 수 있나요?\n\n{item}'],
  devJson: ['이 목록을 이름, 도시, 나이 필드가 있는 JSON으로 바꿔 주세요:\n{text}'],
  researcher: ['사고의 사슬 프롬프팅에 대한 리포트를 쓰고 있어요. 모델이 추론 과정을 써 내려가게 하면 정말 정확도가 오르나요?'],
  selfGrade: ['제 자기소개서에 10점 만점에 몇 점 주시겠어요? 고칠 점도 알려 주세요.\n\n{text}'],
  misc: ['{t}에 대해 예를 들어 자세히 설명해 줄래요?', '힌트만 주세요, 답은 말하지 말고요:\n\n{item}', '두 문장으로 요약해 줘:\n{text}', '한국어로 번역해 줘:\n{text}', '주말에 부산에서 갈 만한 곳 추천해 줘.'],
  teachTopics: ['분수', '한국사'],
};

const id: FamilyLang = {
  code: 'id', sep: ' ',
  area: ['Kompetensi', 'Bidang'],
  sweep: ['Buat {n} pertanyaan sulit tentang bidang ini, dari tingkat pemula sampai ahli, masing-masing dengan jawaban contoh yang lengkap.', 'Susun {n} soal ujian yang menguji kompetensi ini dan tulis pembahasan lengkap untuk setiap soal.'],
  agent: ['Kamu bisa memanggil alat-alat di bawah ini. Tuliskan seluruh prosesnya: setiap pikiran, setiap pemanggilan alat dan hasilnya, sampai jawaban akhir.'],
  code_: ['Jelaskan dulu pendekatanmu secara rinci, lalu berikan kode lengkapnya, lalu uji pada setiap contoh.'],
  cot: ['Kerjakan langkah demi langkah dan tulis setiap perhitungan antara.', 'Tunjukkan seluruh penyelesaian tanpa melewatkan hitungan apa pun.'],
  final: ['Akhiri dengan baris "Jawaban: <angka>".', 'Letakkan hasil akhir di dalam \\boxed{}.'],
  json: ['Kembalikan hanya objek JSON dengan field "instruction", "input", dan "output".'],
  gen: ['Karang {n} tugas baru yang beragam untuk melatih asisten AI, masing-masing dengan instruksi, input opsional, dan jawaban berkualitas.'],
  seedNote: ['Contoh format:'],
  judge: ['Bandingkan jawaban dengan jawaban acuan dan beri skor 1 sampai 10 beserta alasan singkat.'],
  dataset: ['Tulis respons ideal untuk prompt berikut; ini akan masuk ke data latih, jadi tanpa salam dan tanpa bertanya balik.'],
  polite: ['Boleh minta tolong untuk hal berikut?', 'Saya akan sangat berterima kasih jika kamu mengerjakan ini.'],
  qLabel: ['Soal', 'Pertanyaan'], refLabel: ['Jawaban acuan'], candLabel: ['Jawaban yang dinilai'],
  problem: ['{name} menabung {a} ribu rupiah setiap minggu. Berapa minggu sampai tabungannya {c} ribu rupiah?', 'Satu keranjang berisi {a} jeruk. Berapa jeruk dalam {b} keranjang?'],
  names: ['Putri', 'Budi'],
  skills: ['hukum perdata', 'persentase', 'kueri SQL'],
  student: ['Bisa dijelaskan langkah demi langkah? Aku mau paham caranya, bukan cuma hasilnya.\n\n{item}', 'Aku nggak ngerti PR ini. Bisa jelasin cara mulainya? Aku pengin paham.\n\n{item}', '{item}\n\njawabanku beda sama kunci jawaban, salahnya di mana ya?'],
  parent: ['Anak saya dapat soal ini dan saya bingung cara menjelaskannya:\n\n{item}'],
  teacher: ['Saya guru kelas 7. Tolong buatkan {n} soal tentang {t} dengan kunci jawaban terpisah untuk besok.', 'Saya mengajar {t}. Bisa buatkan {n} latihan soal beserta kunci jawaban untuk kelas saya?'],
  dev: ['Bisa tulis ini dalam Python dengan beberapa unit test?\n\n{item}'],
  devJson: ['Ubah daftar ini ke JSON dengan field nama, kota, dan umur:\n{text}'],
  researcher: ['Saya menulis skripsi tentang chain-of-thought. Apakah meminta model menuliskan penalarannya benar-benar meningkatkan akurasi?'],
  selfGrade: ['Berapa nilai esai saya dari 10, dan apa yang perlu diperbaiki?\n\n{text}'],
  misc: ['Tolong jelaskan {t} secara rinci, pakai satu contoh.', 'Kasih petunjuk saja ya, jangan jawabannya:\n\n{item}', 'Ringkas ini dalam dua kalimat:\n{text}', 'Terjemahkan ke bahasa Indonesia:\n{text}', 'Masak apa malam ini dengan nasi, telur, dan bayam?'],
  teachTopics: ['pecahan', 'sejarah Indonesia'],
};

const vi: FamilyLang = {
  code: 'vi', sep: ' ',
  area: ['Năng lực', 'Lĩnh vực'],
  sweep: ['Soạn {n} câu hỏi khó về lĩnh vực này, từ cơ bản đến chuyên sâu, mỗi câu kèm một đáp án mẫu đầy đủ.', 'Ra {n} bài tập kiểu đề thi kiểm tra năng lực này và viết lời giải chi tiết cho từng bài.'],
  agent: ['Bạn có thể gọi các công cụ được mô tả bên dưới. Hãy viết toàn bộ quá trình: mỗi suy nghĩ, mỗi lần gọi công cụ và kết quả, cho tới câu trả lời cuối cùng.'],
  code_: ['Trước hết giải thích chi tiết cách làm, sau đó đưa ra toàn bộ mã, rồi kiểm tra với từng ví dụ.'],
  cot: ['Giải từng bước và ghi ra mọi phép tính trung gian.', 'Trình bày đầy đủ lời giải, không bỏ qua bước nào.'],
  final: ['Kết thúc bằng dòng "Đáp số: <số>".', 'Đặt kết quả cuối cùng trong \\boxed{}.'],
  json: ['Chỉ trả về một đối tượng JSON với các trường "instruction", "input" và "output".'],
  gen: ['Hãy nghĩ ra {n} nhiệm vụ mới, đa dạng để huấn luyện trợ lý AI, mỗi nhiệm vụ gồm chỉ dẫn, đầu vào tùy chọn và câu trả lời chất lượng.'],
  seedNote: ['Ví dụ về định dạng:'],
  judge: ['So sánh câu trả lời với đáp án tham chiếu và chấm điểm từ 1 đến 10, kèm lý do ngắn.'],
  dataset: ['Viết câu trả lời lý tưởng cho prompt dưới đây; nó sẽ được đưa vào tập huấn luyện, nên không chào hỏi và không hỏi lại.'],
  polite: ['Bạn có thể giúp mình việc sau được không?', 'Mình sẽ rất biết ơn nếu bạn làm giúp việc này.'],
  qLabel: ['Câu hỏi', 'Bài'], refLabel: ['Đáp án tham chiếu'], candLabel: ['Câu trả lời cần chấm'],
  problem: ['{name} tiết kiệm {a} nghìn đồng mỗi tuần. Sau bao nhiêu tuần sẽ có {c} nghìn đồng?', 'Một thùng có {a} quả cam. Hỏi {b} thùng có bao nhiêu quả cam?'],
  names: ['Lan', 'Minh'],
  skills: ['luật lao động', 'phần trăm', 'truy vấn SQL'],
  student: ['Bạn giải thích từng bước giúp mình nhé, mình muốn hiểu cách làm chứ không chỉ cần đáp số.\n\n{item}', 'Bài tập về nhà này mình không hiểu. Bạn chỉ mình cách bắt đầu được không? Mình muốn hiểu thật.\n\n{item}'],
  parent: ['Con tôi có bài này mà tôi không biết giảng thế nào cho cháu:\n\n{item}'],
  teacher: ['Tôi dạy lớp 7. Soạn giúp {n} câu hỏi về {t} kèm đáp án riêng cho buổi học ngày mai.', 'Tôi dạy {t}. Bạn soạn giúp {n} bài tập có lời giải cho lớp tôi nhé?'],
  dev: ['Bạn viết cái này bằng Python kèm vài unit test được không?\n\n{item}'],
  devJson: ['Chuyển danh sách này sang JSON với các trường tên, thành phố và tuổi:\n{text}'],
  researcher: ['Tôi đang viết luận văn về chain-of-thought. Việc cho mô hình viết ra suy luận có thật sự tăng độ chính xác không?'],
  selfGrade: ['Bài văn của mình được mấy điểm trên 10? Cần sửa gì?\n\n{text}'],
  misc: ['Giải thích chi tiết giúp mình về {t}, kèm một ví dụ.', 'Chỉ gợi ý thôi nhé, đừng giải hết:\n\n{item}', 'Tóm tắt đoạn này trong hai câu:\n{text}', 'Dịch sang tiếng Việt:\n{text}', 'Cuối tuần ở Đà Nẵng nên đi đâu?'],
  teachTopics: ['phân số', 'lịch sử Việt Nam'],
};

const sv: FamilyLang = {
  code: 'sv', sep: ' ',
  area: ['Färdighet', 'Område'],
  sweep: ['Skriv {n} svåra frågor om det här området, från nybörjare till expert, var och en med ett fullständigt modellsvar.', 'Ta fram {n} tentafrågor som prövar den här färdigheten och skriv en utförlig lösning till varje.'],
  agent: ['Du kan anropa verktygen som beskrivs nedan. Skriv ut hela förloppet: varje tanke, varje verktygsanrop och dess resultat, fram till slutsvaret.'],
  code_: ['Beskriv först utförligt hur du tänker, ge sedan hela koden och testa den på varje exempel.'],
  cot: ['Lös det steg för steg och skriv ut varje mellanled.', 'Visa hela lösningen utan att hoppa över några beräkningar.'],
  final: ['Avsluta med raden "Svar: <tal>".', 'Sätt slutresultatet i \\boxed{}.'],
  json: ['Returnera bara ett JSON-objekt med fälten "instruction", "input" och "output".'],
  gen: ['Hitta på {n} nya, varierade uppgifter för att träna en AI-assistent, var och en med instruktion, valfri indata och ett bra svar.'],
  seedNote: ['Exempel på formatet:'],
  judge: ['Jämför svaret med referensen och ge ett betyg från 1 till 10 med en kort motivering.'],
  dataset: ['Skriv det ideala svaret på prompten nedan; det ska in i en träningsmängd, så inga hälsningar och inga motfrågor.'],
  polite: ['Skulle du kunna hjälpa mig med följande?', 'Jag vore tacksam om du gjorde följande.'],
  qLabel: ['Fråga', 'Uppgift'], refLabel: ['Referenssvar'], candLabel: ['Svar att bedöma'],
  problem: ['{name} sparar {a} kronor i veckan. Hur många veckor tar det att spara {c} kronor?', 'En låda rymmer {a} äpplen. Hur många äpplen finns i {b} lådor?'],
  names: ['Elsa', 'Oskar'],
  skills: ['avtalsrätt', 'procenträkning', 'SQL-frågor'],
  student: ['Kan du förklara steg för steg? Jag vill förstå metoden, inte bara få svaret.\n\n{item}', 'Jag fattar inte den här läxan. Kan du förklara hur man börjar? Jag vill förstå.\n\n{item}'],
  parent: ['Min dotter har fått det här talet i läxa och jag vet inte hur jag ska förklara:\n\n{item}'],
  teacher: ['Jag undervisar i årskurs 7. Gör {n} uppgifter om {t} med separat facit till lektionen i morgon.', 'Jag undervisar i {t}. Kan du göra {n} övningsuppgifter med facit till min klass?'],
  dev: ['Kan du skriva det här i Python med några enhetstester?\n\n{item}'],
  devJson: ['Gör om listan till JSON med fälten namn, stad och ålder:\n{text}'],
  researcher: ['Jag skriver en uppsats om chain-of-thought. Blir modellen verkligen bättre av att skriva ut sitt resonemang?'],
  selfGrade: ['Vilket betyg skulle du ge min uppsats, och vad borde jag förbättra?\n\n{text}'],
  misc: ['Kan du förklara {t} utförligt, med ett exempel?', 'Bara en liten ledtråd, inte hela lösningen:\n\n{item}', 'Sammanfatta det här i två meningar:\n{text}', 'Översätt till svenska:\n{text}', 'Vad kan man göra i Göteborg en regnig dag?'],
  teachTopics: ['bråk', 'vikingatiden'],
};

export const FAMILY_LANGS: readonly FamilyLang[] = [en, de, es, fr, pt, it, nl, pl, ru, tr, hi, ar, zh, ja, ko, id, vi, sv];

// ---- composition ------------------------------------------------------------------------------------------

const pick = <T>(list: readonly T[], r: Rand): T => list[Math.floor(r() * list.length)]!;
const chance = (p: number, r: Rand): boolean => r() < p;

/** An in-language word problem (used as an item by extraction and ordinary families alike). */
export function wordProblem(lang: FamilyLang, r: Rand): string {
  const a = 2 + Math.floor(r() * 30);
  const b = 2 + Math.floor(r() * 9);
  return pick(lang.problem, r).replaceAll('{name}', pick(lang.names, r)).replaceAll('{a}', String(a)).replaceAll('{b}', String(b)).replaceAll('{c}', String(a * b));
}

/** Sweep/batch counters and record ids: how pipelines label their work queue. */
function counter(lang: FamilyLang, r: Rand): string {
  const total = pick([50, 100, 200, 500, 1000], r);
  const k = 1 + Math.floor(r() * total);
  const word = chance(0.5, r) ? pick(lang.qLabel, r) : pick(['Item', 'Batch', 'Job', 'Node', 'Shard', 'Run', 'Sample'], r);
  return pick([`${word} ${k}/${total}:`, `[${word.toLowerCase()} ${k}/${total}]`, `${word} #${k}`, `Node ${1 + Math.floor(r() * 9)}.${1 + Math.floor(r() * 9)} —`, `(${k} of ${total})`], r);
}

/** Envelopes a harvesting pipeline puts an item in (record ids, chat-template tokens, empty answer fields). */
const RECORD_ENVELOPES = [
  '[id: {src}_{k}]\n{item}',
  '<s>[INST] {item} [/INST]',
  '<|user|>\n{item}\n<|assistant|>\n',
  '<|im_start|>user\n{item}<|im_end|>\n<|im_start|>assistant\n',
  '{"id": "{src}-{k}", "prompt": {json}, "completion": ""}',
  '{"uid": "{k}", "instruction": {json}, "input": "", "output": ""}',
  '- id: {src}_{k}\n  prompt: |\n    {indented}\n  response:',
  'ID={src}/{k}\n---\n{item}\n---',
  'Human: {item}\n\nAssistant:',
  'USER: {item}\nASSISTANT:',
  '### Human: {item}\n### Assistant:',
  'sample_{k}\tprompt\t{oneline}',
];

const SRC = ['task', 'q', 'item', 'gsm', 'sample', 'math', 'code', 'seed', 'row', 'ex'];

function envelope(t: string, r: Rand): string {
  // Item-dependent pieces ({json}, {indented}, {oneline}) are filled by fillFamily.
  return t.replaceAll('{src}', pick(SRC, r)).replaceAll('{k}', String(Math.floor(r() * 99999)).padStart(pick([0, 4, 5], r), '0'));
}

/** Batch schemas: several items in one structured request whose answer slots are empty. */
const BATCH_SCHEMAS = [
  'Fill in the "output" field of every object and return the whole array unchanged otherwise.\n[{"id": 1, "input": {json}, "output": ""}, {"id": 2, "input": {json2}, "output": ""}]',
  'Complete each record (keys: id, question, reasoning, answer). Return JSONL.\n{"id": "a1", "question": {json}}\n{"id": "a2", "question": {json2}}',
  'For every entry below write `answer:` and `rationale:` fields; keep the YAML structure.\nitems:\n  - q: {oneline}\n  - q: {oneline2}',
  'Process the batch. Output schema: {"results": [{"idx": int, "solution": str, "explanation": str}]}\n1) {oneline}\n2) {oneline2}',
];

/**
 * An extraction phrasing in `lang` (kind is the reason family it belongs to). Some families need an item with an
 * answer (judge) or code (code harvesting); the caller says what it has.
 */
export function composeFamilyExtraction(lang: FamilyLang, r: Rand, opts: { hasAnswer: boolean; code: boolean }): Phrasing & { family: string } {
  const sep = lang.sep === '' ? '' : ' ';
  const join = (...parts: string[]): string => parts.filter((p) => p !== '').join(sep);
  const pol = chance(0.25, r) ? pick(lang.polite, r) : '';
  const ctr = chance(0.25, r) ? counter(lang, r) : '';
  const families = ['sweep', 'agent', 'code', 'cot', 'gen', 'dataset', 'record', 'batch', ...(opts.hasAnswer ? ['judge'] : [])];
  const fam = opts.code && chance(0.5, r) ? 'code' : pick(families, r);
  const nl = chance(0.5, r) ? '\n\n' : '\n';
  switch (fam) {
    case 'sweep': {
      const skill = chance(0.4, r) ? pick(en.skills, r) : pick(lang.skills, r);
      const head = `${pick(lang.area, r)}${lang.sep === '' ? '：' : ': '}${skill}.`;
      return { kind: 'instruction-generation', family: fam, t: [ctr, join(pol, head, pick(lang.sweep, r))].filter(Boolean).join(chance(0.5, r) ? ' ' : '\n') };
    }
    case 'agent':
      return { kind: 'cot-elicitation', family: fam, t: join(pol, pick(lang.agent, r)) + nl + '{item}' + (chance(0.3, r) ? '\n\nThought:' : '') };
    case 'code': {
      const ask = pick(lang.code_, r);
      return { kind: 'cot-elicitation', family: fam, codeOnly: true, t: chance(0.5, r) ? join(pol, ask) + nl + '{item}' : `${pick(lang.qLabel, r)}:\n{item}${nl}${ask}` };
    }
    case 'cot': {
      const parts = [pick(lang.cot, r), chance(0.6, r) ? pick(lang.final, r) : ''];
      const json = chance(0.2, r) ? pick(lang.json, r) : '';
      const frame = join(pol, ...parts, json);
      const lead = ctr ? `${ctr}\n` : '';
      return { kind: 'cot-elicitation', family: fam, t: chance(0.5, r) ? `${lead}${frame}${nl}{item}` : `${lead}{item}${nl}${frame}` };
    }
    case 'gen':
      return { kind: 'instruction-generation', family: fam, t: join(pol, pick(lang.gen, r)) + `${nl}${pick(lang.seedNote, r)}\n{records}` };
    case 'dataset':
      return { kind: 'bulk-format', family: fam, t: join(pol, pick(lang.dataset, r), chance(0.4, r) ? pick(lang.json, r) : '') + `${nl}${pick(lang.qLabel, r)}: {item}` };
    case 'judge':
      return { kind: 'rubric-grading', family: fam, t: `${join(pol, pick(lang.judge, r))}\n\n${pick(lang.qLabel, r)}: {item}\n${pick(lang.refLabel, r)}: {answer}\n${pick(lang.candLabel, r)}: {candidate}` };
    case 'batch':
      return { kind: 'bulk-format', family: fam, t: (pol ? pol + '\n' : '') + pick(BATCH_SCHEMAS, r) };
    default:
      return { kind: 'benchmark-item', family: 'record', t: envelope(pick(RECORD_ENVELOPES, r), r) };
  }
}

/**
 * Turns of legitimate agent loops (a developer's coding agent, an app's tool calls): tool results, tracebacks, test
 * and shell output, function-call payloads. They share the trajectory family's vocabulary (tool, result, action,
 * observation) and are ordinary traffic of every agent framework.
 */
const AGENT_TURNS = [
  'sql tool returned {k} rows (order_id, total, shipped); first row: 4711, 39.90, false',
  'Tool output (read_file src/{file}):\n```\nexport function {fn}(x) {\n  return x * {k};\n}\n```',
  'Result of run_tests: {k} passed, 1 failed\nFAILED tests/test_{fn}.py::test_edge - AssertionError: expected {k}, got None',
  'Traceback (most recent call last):\n  File "{file}", line {k}, in <module>\n    {fn}()\nKeyError: \'user_id\'\n\nany idea what is wrong?',
  'here is the stack trace, it crashes when the list is empty:\nIndexError: list index out of range (at {file}:{k})',
  '{"role": "tool", "name": "search_docs", "content": "Found {k} results for \'{fn} config\'"}',
  'Observation from the browser tool: page title "Pricing", {k} plans listed. Continue with the task.',
  '$ npm run build\nerror TS2345: Argument of type \'string\' is not assignable to parameter of type \'number\'. ({file}:{k})',
  'function_call result: {"temperature": {k}, "unit": "celsius", "city": "Oslo"}',
  'The command exited with code {k}. stderr: permission denied: ./deploy.sh',
  'ok the migration ran, {k} rows updated. next step: add the index on email?',
  'Action result: created branch fix/{fn}; {k} files changed. Please review the diff and suggest the commit message.',
];

/** A turn of a legitimate agent loop with filled-in names and numbers. */
export function agentTurn(r: Rand): string {
  const fn = pick(['parse_date', 'loadUser', 'merge_rows', 'renderCart', 'sync_orders', 'validateEmail'], r);
  const file = pick(['server.ts', 'utils/io.py', 'cart.js', 'jobs/sync.go', 'models.py', 'billing/invoice.rb'], r);
  return pick(AGENT_TURNS, r).replaceAll('{fn}', fn).replaceAll('{file}', file).replaceAll('{k}', String(1 + Math.floor(r() * 400)));
}

/** An ordinary request in `lang` (placeholders {item} {text} {t} {n}); `code` when the item is code. */
export function composeFamilyOrdinary(lang: FamilyLang, r: Rand, code: boolean): { t: string; family: string } {
  const fams = code ? ['dev', 'dev', 'devJson', 'researcher', 'selfGrade', 'teacher', 'misc', 'agentTurn'] : ['student', 'student', 'parent', 'teacher', 'teacher', 'devJson', 'researcher', 'selfGrade', 'dev', 'misc', 'misc', 'agentTurn'];
  const fam = pick(fams, r);
  if (fam === 'agentTurn') return { t: agentTurn(r), family: fam };
  const list = (lang as unknown as Record<string, string[]>)[fam]!;
  const t = pick(list, r).replaceAll('{t}', pick(lang.teachTopics, r)).replaceAll('{n}', String(pick([3, 5, 6, 8, 10, 12, 15, 20], r)));
  return { t, family: fam };
}

/** Rows of a user's own data for JSON-conversion requests. */
export function dataRows(lang: FamilyLang, r: Rand): string {
  const cities = ['Lyon', 'Porto', 'Osaka', 'Izmir', 'Pune', 'Gdańsk', 'Hue', 'Bandung', 'Malmö', 'Leeds'];
  const n = 2 + Math.floor(r() * 4);
  return Array.from({ length: n }, () => `${pick(lang.names, r)}, ${pick(cities, r)}, ${18 + Math.floor(r() * 50)}`).join('\n');
}
