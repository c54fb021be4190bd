"""Evaluation material for the romanized-Russian detector, written for this bench.

- ``MIXED``: English sentences with romanized Russian marked ``{{latin|cyrillic}}`` (alternative
  answers separated by ``/``). Words, names and styles deliberately differ from the dev list.
- ``NON_RUSSIAN``: English, German, French, Polish, Czech and Latin sentences with no Russian.
- ``HELD_OUT``: Russian words and names (not in the dev list) romanized by every scheme at run
  time, embedded in English carrier sentences.
- ``PROSE``, ``PROSE_DEV``, ``HELDOUT_2``, ``HELDOUT_3``: English prose paragraphs with word-level
  marks (``[[word]]``: not scored); each held-out set was measured once at the end of its round
  and is a development set since. ``HELDOUT_4`` is the current held-out set.
"""

from __future__ import annotations

MIXED = [
    "The poet {{Marina Tsvetaeva|Марина Цветаева}} returned from Paris in 1939.",
    "Emigré papers such as {{Poslednie novosti|Последние новости}} and {{Vozrozhdenie|Возрождение}} printed his letters.",
    "He joined the {{Narodno-Trudovoi Soiuz|Народно-трудовой союз}} before the war.",
    "The {{NTS|НТС}}, or {{Natsional'no-Trudovoi Soiuz|Национально-трудовой союз}}, published {{Posev|Посев}} in Frankfurt.",
    "Her brother studied with {{Berdiaev|Бердяев}} and later with {{Struve|Струве}}.",
    "The memoirs of General {{Denikin|Деникин}} describe the retreat to {{Novorossiisk|Новороссийск}}.",
    "In German accounts he appears as {{Trukhin|Трухин}} or {{Truchin|Трухин}}, and his deputy as {{Malyschkin|Малышкин}}.",
    "French reports call the general {{Koutiepov|Кутепов}} and the town Gallipoli.",
    "Polish police files spell the name {{Żylenkow|Жиленков}}.",
    "The ISO form {{Čerkasov|Черкасов}} and the ALA-LC form {{Cherkasov|Черкасов}} refer to one man.",
    "The scholarly spelling {{Ženja Šapošnikova|Женя Шапошникова}} appears in the index.",
    "Letters from {{Novosibirsk|Новосибирск}}, {{Krasnodar|Краснодар}} and {{Sverdlovsk|Свердловск}} were intercepted.",
    "The slogan {{Za Rodinu|За Родину}} was painted on the wall.",
    "He read {{Voina i mir|Война и мир}} twice in the camp.",
    "The priest of the {{Pokrovskii sobor|Покровский собор}} kept a register.",
    "Villagers near {{Iasnaia Poliana|Ясная Поляна}} still remember the count.",
    "The archive of {{Russkoe slovo|Русское слово}} was lost in 1945.",
    "The poem {{Rekviem|Реквием}} by {{Akhmatova|Ахматова}} circulated in {{samizdat|самиздат}}.",
    "Officers of the {{Belaia armiia|Белая армия}} settled in Belgrade.",
    "The {{Kazach'i voiska|Казачьи войска}} were reorganised under {{Krasnov|Краснов}}.",
    "Documents signed by {{Zhilenkov|Жиленков}} and {{Bunyachenko|Буняченко}} survive.",
    "The village of {{Zhukovka|Жуковка}} lies west of the capital.",
    "The term {{podpol'e|подполье}} was used for the underground.",
    "A copy of {{Russkaia mysl'|Русская мысль}} lay on the table.",
    "The German spelling {{Tschernyschewski|Чернышевский}} is common in older books.",
    "French emigrés wrote {{Tchernychevski|Чернышевский}} instead.",
    "The boat sailed from {{Sevastopol'|Севастополь}} to Constantinople.",
    "Her diary mentions {{Pskov|Псков}}, {{Novgorod|Новгород}} and {{Tver'|Тверь}}.",
    "The Volkssturm is not Russian but {{Osvoboditel'noe dvizhenie|Освободительное движение}} is.",
    "Interrogators asked about {{Sergei Bulgakov|Сергей Булгаков}} and {{Ivan Il'in|Иван Ильин}}.",
    "The passport read {{Aleksandr Shcherbakov|Александр Щербаков}}.",
    "The ICAO spelling {{Iurii Smirnov|Юрий Смирнов}} differs from the common {{Yury Smirnov|Юрий Смирнов}}.",
    "A group called {{Molodaia Rossiia|Молодая Россия}} met in Paris.",
    "He served in the {{Donskoi korpus|Донской корпус}} until 1921.",
]

NON_RUSSIAN = [
    # English
    "The committee met in London and Washington to discuss the treaty.",
    "Professor Franklin published a paper on the migration of birds.",
    "The General Assembly adopted the resolution without a vote.",
    "Berlin and Vienna were the two capitals of the old alliance.",
    "Churchill and Roosevelt met at Casablanca in January.",
    "The museum holds paintings by Rembrandt, Vermeer and Turner.",
    "Several volunteers arrived from Canada, Australia and New Zealand.",
    "She quoted Darwin, Newton and Faraday in her lecture.",
    # German
    "Die Soldaten wurden in Dabendorf ausgebildet, bevor sie an die Front kamen.",
    "Wen sie verderben wollen, den schlagen sie mit Blindheit.",
    "Die Wehrmacht zog sich im Winter hinter den Fluss zurück.",
    "Das Institut für Zeitgeschichte befindet sich in München.",
    "Der Verlag veröffentlichte eine neue Ausgabe der Briefe.",
    "Heinrich Müller wohnte damals in der Kantstraße in Charlottenburg.",
    # French
    "Les réfugiés arrivèrent à Marseille au printemps suivant.",
    "Le comité se réunit chaque semaine dans une salle de la mairie.",
    "Nous avons lu les lettres de Marcel Proust pendant tout l'été.",
    "La bibliothèque conserve des manuscrits du Moyen Âge.",
    # Polish
    "Władysław Anders dowodził armią polską na Bliskim Wschodzie.",
    "Biblioteka Narodowa w Warszawie posiada bogate zbiory rękopisów.",
    "Żołnierze przeszli przez Kraków i Wrocław w drodze na zachód.",
    "Grzegorz Brzęczyszczykiewicz urodził się w Chrząszczyżewoszycach.",
    # Czech
    "Slovanská knihovna v Praze uchovává ruské exilové tisky.",
    "Ruský emigrační archiv byl převezen do Moskvy v roce 1945.",
    "Tomáš Garrigue Masaryk podporoval ruské studenty v Praze.",
    "Národní muzeum otevřelo novou výstavu o dějinách města.",
    # Latin
    "Acta Rossica edita sunt in urbe Roma anno domini.",
    "Gallia est omnis divisa in partes tres.",
    "Veni, vidi, vici, dixit Caesar post victoriam.",
    "Historia magistra vitae est, ut Cicero scripsit.",
    "Ora et labora, fratres, dum tempus habemus.",
]

HELD_OUT = [
    "Бунин",
    "Набоков",
    "Ахматова",
    "Пастернак",
    "Солженицын",
    "Шостакович",
    "Чайковский",
    "Рахманинов",
    "Менделеев",
    "Лермонтов",
    "Тургенев",
    "Чехов",
    "Гоголь",
    "Пушкин",
    "Маяковский",
    "Булгаков",
    "Жуковский",
    "Щедрин",
    "Шаляпин",
    "Кропоткин",
    "Ярославль",
    "Новосибирск",
    "Екатеринбург",
    "Нижний Новгород",
    "Владивосток",
    "Хабаровск",
    "Вологда",
    "Рязань",
    "Царское Село",
    "Житомир",
    "Сибирь",
    "Камчатка",
    "Белая гвардия",
    "Красная армия",
    "Добровольческая армия",
    "Народный комиссариат",
    "Союз писателей",
    "Новый мир",
    "Свободная мысль",
    "Русский вестник",
    "Юрий Долгорукий",
    "Фёдор Шаляпин",
    "Пётр Врангель",
    "Николай Бердяев",
    "Алексей Ремизов",
    "Зинаида Гиппиус",
    "Евгений Замятин",
    "Ольга Берггольц",
    "Щукин",
    "Воронеж",
]

CARRIERS = [
    "In the archive we found several references to {} among the letters.",
    "The report mentions {} twice, both times in passing.",
    "According to the editor, {} was the subject of a long dispute.",
    "Later historians wrote about {} with some caution.",
]

# --- realistic English prose --------------------------------------------------------------
#
# Paragraphs of English historical prose about the war, the emigration, Soviet history and
# literature, dense with German, Polish, Czech, French, Spanish and Italian names and words,
# carrying romanized Russian in many schemes. Marks:
#   {{latin|cyrillic}}  romanized Russian (a Russian name written in Latin letters counts)
#   [[words]]           not scored: English loanwords of Russian origin (Soviet, Bolshevik,
#                       tsar, Cossack) and bare acronyms, which either answer may defend
# PROSE was the held-out test set of the first round (written before development, measured
# once); it is a development set now, like PROSE_DEV. HELDOUT_2 (below) is held out.

PROSE = [
    "In the spring of 1943 Reinhard Gehlen and Wilfried Strik-Strikfeldt persuaded the army "
    "command that a Russian committee under {{Andrei Vlasov|Андрей Власов}} could win "
    "over deserters. Alfred Rosenberg objected; his ministry preferred national committees for "
    "the Ukrainians and the Georgians, and Erich Koch in {{Rovno|Ровно}} would hear of neither.",
    "The training camp at Dabendorf, south of Berlin, was run by Captain Strik-Strikfeldt, a "
    "Baltic German born in Riga. Among its lecturers were {{Zykov|Зыков}}, a former editor of "
    "{{Izvestiia|Известия}}, and {{Trukhin|Трухин}}, once a staff officer of the "
    "[[Soviet]] north-western front.",
    "Czesław Miłosz, who had watched the Warsaw rising from the other bank, later wrote that the "
    "émigrés in Paris understood nothing of the East. He admired {{Lev Shestov|Лев Шестов}} but "
    "found the circle around the journal {{Sovremennye zapiski|Современные записки}} stiff and "
    "provincial.",
    "Karel Čapek and Tomáš Masaryk both supported the Russian Action, which paid stipends to "
    "students in Prague and Brno. The historian {{Kizevetter|Кизеветтер}} and the philosopher "
    "{{Lossky|Лосский}} taught at the Russian Free University, while Jan Patočka was still a "
    "schoolboy.",
    "The French police kept a file on General {{Koutiepov|Кутепов}}, head of the "
    "{{ROVS|РОВС}} (the {{Rousskii Obchtche-Voinskii Soiouz|Русский Общевоинский Союз}}), long "
    "before his abduction in January 1930. Inspector Faux-Pas-Bidet suspected the [[Cheka]], "
    "but Pierre Laval's ministers preferred silence.",
    "Francisco Franco received a handful of White officers in 1936, among them "
    "{{Anatolii Fok|Анатолий Фок}}, who fell at Quinto de Ebro. Spanish newspapers spelt him "
    "[[Fock]], and the Republican press in Barcelona called the volunteers mercenaries of the "
    "Vatican.",
    "Benito Mussolini kept Italian divisions on the [[Don]] until the winter of 1942, when the "
    "Alpini retreated through {{Nikolajewka|Николаевка}}. Galeazzo Ciano noted in his diary that Hitler "
    "spoke of {{Stalin|Сталин}} with a kind of envy.",
    "{{Ivan Bunin|Иван Бунин}} received the Nobel Prize in 1933, the first Russian writer to do "
    "so. The ceremony in Stockholm was attended by Selma Lagerlöf, and the speech was read "
    "in French; the exiles in Grasse drank champagne while Gide and Mauriac sent telegrams.",
    "The ALA-LC form {{Merezhkovskiĭ|Мережковский}} is used in library catalogues, while the "
    "older English spelling {{Merejkowski|Мережковский}} survives in reviews from the 1920s. "
    "His wife {{Zinaida Gippius|Зинаида Гиппиус}} kept a salon in the rue du Colonel Bonnet.",
    "Wilhelm Keitel signed the order, and Heinrich Himmler's Waffen-SS took over the "
    "[[Cossack]] units under Helmuth von Pannwitz. At Lienz in 1945 the British handed "
    "{{Krasnov|Краснов}}, {{Shkuro|Шкуро}} and {{Domanov|Доманов}} to the [[NKVD]].",
    "Stanisław Mikołajczyk flew to Moscow in August 1944, hoping to save the Home Army, while "
    "Bolesław Bierut waited in Lublin. General Tadeusz Bór-Komorowski surrendered in October; "
    "the Red Army under {{Rokossovskii|Рокоссовский}} had stood still on the Vistula.",
    "In Belgrade, King Alexander gave the Russian refugees schools and a cadet corps. The "
    "architect {{Nikolai Krasnov|Николай Краснов}} built the parliament, and the "
    "{{Russkii dom|Русский дом}} in Kralja Milutina street became the centre of émigré life.",
    "The journal {{Posev|Посев}} was printed first at Mönchehof near Kassel and later in "
    "Frankfurt. Its editors, among them {{Evgenii Romanov|Евгений Романов}}, argued with the "
    "Ukrainian nationalists of [[Stepan Bandera]] over every map of the future.",
    "Among the papers in Stanford is a letter from {{Vasilii Maklakov|Василий Маклаков}} to "
    "the successors of Paul {{Miliukov|Милюков}}, complaining that Léon Blum's government treated the embassy "
    "building in the rue de Grenelle as its own.",
    "Thomas Mann heard the news in Pacific Palisades; Klaus Mann and Erika Mann were in "
    "London. Only Bertolt Brecht, then in Santa Monica, doubted the reports that "
    "{{Meyerhold|Мейерхольд}} had been shot.",
    "The scholarly transliteration {{Šklovskij|Шкловский}} and the journalistic "
    "{{Shklovsky|Шкловский}} denote the same critic. [[Roman Jakobson]], who left Moscow for "
    "Prague in 1920, corresponded with him about {{ostranenie|остранение}} for decades.",
    "Giovanni Gentile and Benedetto Croce disagreed about everything except their contempt for "
    "[[Bolshevism]]. In Turin, Antonio Gramsci's prison notebooks mention "
    "{{Bukharin|Бухарин}} and {{Trotsky|Троцкий}} only in code.",
    "The ISO 9 spelling {{Solženicyn|Солженицын}} appears in the Czech translation published "
    "by Index in Cologne; Jiří Pelikán and Pavel Tigrid carried copies over the border "
    "together with Václav Havel's plays.",
    "In Munich, the American committee for liberation funded Radio Liberty, whose Russian "
    "service broadcast from the Arabellapark. Its first director hired "
    "{{Gaito Gazdanov|Гайто Газданов}}, who wrote under the name {{Georgi Cherkassov|Георгий Черкасов}}.",
    "Charles de Gaulle visited the factory in {{Sverdlovsk|Свердловск}} in 1966 and spoke a few sentences "
    "in Russian. The French embassy's notes call the city {{Sverdlovsk|Свердловск}} and the "
    "plant {{Ouralmach|Уралмаш}}.",
    "Ernst Jünger, then a captain in Paris, recorded in his diary a conversation with a White "
    "officer who quoted {{Dostoïevski|Достоевский}} in French. Jünger admired "
    "{{Rozanov|Розанов}} without having read him.",
    "The German spelling {{Schukow|Жуков}} is the one used in the Wehrmacht reports, while "
    "the Polish press wrote {{Żukow|Жуков}}. Friedrich Paulus surrendered at {{Stalingrad|Сталинград}} to "
    "General {{Shumilov|Шумилов}} on the last day of January 1943.",
    "In Harbin, Chinese, Japanese and Russian merchants shared the {{Pristan|Пристань}} district. The poet "
    "{{Arsenii Nesmelov|Арсений Несмелов}} worked for the Japanese military mission, and "
    "{{Valerii Pereleshin|Валерий Перелешин}} moved on to Rio de Janeiro.",
    "The ALA-LC romanization with tie bars, {{Russkai͡a mysl'|Русская мысль}}, and the simpler "
    "{{Russkaia mysl'|Русская мысль}} both appear in the catalogue of the Bibliothèque de "
    "documentation internationale contemporaine at Nanterre.",
    "Heinz Guderian's memoirs describe the road to {{Tula|Тула}}, and Fedor von Bock complained about "
    "the mud. The [[Soviet]] defenders under {{Zhukov|Жуков}} and {{Rokossovsky|Рокоссовский}} "
    "held the line at {{Volokolamsk|Волоколамск}}.",
    "{{Vladimir Nabokov|Владимир Набоков}} lived in Berlin from 1922 to 1937, writing as "
    "{{Sirin|Сирин}} for the daily {{Rul'|Руль}}. He gave tennis lessons in Grunewald and "
    "avoided the Germans, whose language he claimed never to have learnt.",
    "The Czech legion seized the Trans-Siberian railway in 1918; Edvard Beneš and Milan "
    "Štefánik negotiated with the Allies, while General Gajda quarrelled with Admiral "
    "{{Kolchak|Колчак}} in {{Omsk|Омск}}.",
    "When Lech Wałęsa visited Paris in 1981 he met {{Vladimir Bukovsky|Владимир Буковский}} "
    "and {{Natalia Gorbanevskaia|Наталья Горбаневская}}, who had demonstrated on Red Square in "
    "1968 against the invasion of Czechoslovakia.",
    "A Spanish veteran of the Blue Division, Tomás Salvador, described the siege lines near "
    "{{Novgorod|Новгород}}. His comrades called the village {{Posad|Посад}} and the river "
    "{{Volkhov|Волхов}}; the Spaniards were relieved by the Latvian legion.",
    "The dissident {{Andrei Sakharov|Андрей Сахаров}} was exiled to {{Gorky|Горький}} in 1980. Heinrich "
    "Böll and Günter Grass signed a protest, and the Italian Communist Party under Enrico "
    "Berlinguer kept a careful distance.",
    "Hans von Herwarth remembered {{Malyshkin|Малышкин}} as a quiet man who smoked {{Belomor|Беломор}} "
    "and read {{Pushkin|Пушкин}} at night. The German scheme gives {{Malyschkin|Малышкин}}, the French "
    "{{Malychkine|Малышкин}}.",
    "In the displaced-persons camp at Kempten, American officers tried to separate Balts, "
    "Poles and Ukrainians from Russians liable to repatriation. A priest, "
    "{{Aleksandr Kiselev|Александр Киселёв}}, hid several families in the chapel.",
    "The film by Andrzej Wajda was shown in Moscow in 1957, the year of the Youth Festival. "
    "{{Evtushenko|Евтушенко}} read his poems in {{Mayakovsky|Маяковский}} Square, and Italian and French "
    "students crowded around him.",
    "Friedrich Schiller and Goethe were the poets the Russian gentry read, said "
    "{{Herzen|Герцен}}, but Heine was the one they quoted. [[Alexander]] {{Herzen|Герцен}} himself lived in "
    "Nice and London, where he printed {{Kolokol|Колокол}}.",
    "Lieutenant Colonel {{Pozdniakov|Поздняков}} wrote his memoir in Spanish exile. He "
    "described the Prague days of May 1945, when the division of {{Buniachenko|Буняченко}} fought "
    "the SS alongside Czech insurgents before marching to Plzeň.",
    "Rainer Maria Rilke travelled in Russia with Lou Andreas-Salomé in 1899 and 1900. He met "
    "{{Lev Tolstoi|Лев Толстой}} at {{Yasnaya Polyana|Ясная Поляна}} and wrote letters in clumsy Russian to "
    "{{Leonid Pasternak|Леонид Пастернак}}.",
    "The Polish officer Józef Czapski searched for his missing comrades in the camps, "
    "interviewing {{Merkulov|Меркулов}} and {{Raikhman|Райхман}} in Moscow. Władysław Sikorski "
    "raised the matter with {{Stalin|Сталин}} in December 1941.",
    "The BGN/PCGN spelling {{Yevgeniy Zamyatin|Евгений Замятин}} and the Wikipedia spelling "
    "{{Yevgeny Zamyatin|Евгений Замятин}} differ only in the ending. His novel {{My|Мы}} "
    "appeared first in English, then in Czech, and in Russian only in 1952.",
    "Giuseppe Garibaldi's grandson served in the French Foreign Legion, where Russian émigrés "
    "made up a tenth of the ranks. One of them, {{Zinovii Peshkov|Зиновий Пешков}}, rose to "
    "be a general under de Gaulle.",
    "The Italian Slavist Ettore Lo Gatto translated {{Pushkin|Пушкин}} and {{Lermontov|Лермонтов}}"
    " into Italian, and Angelo Maria Ripellino wrote about the avant-garde of "
    "{{Khlebnikov|Хлебников}} and {{Kruchenykh|Кручёных}}.",
    "Pablo Picasso designed the curtain for a ballet of {{Diaghilev|Дягилев}}, with music by Manuel de Falla. "
    "The dancer {{Leonid Miasin|Леонид Мясин}}, who called himself {{Massine|Мясин}} in the West, "
    "learnt Spanish dances in Granada.",
    "The priest {{Sergii Bulgakov|Сергий Булгаков}} taught dogmatics at the Institut "
    "Saint-Serge; the son of {{Nikolai Lossky|Николай Лосский}}, {{Vladimir|Владимир}}, educated at the Sorbonne under Étienne Gilson, "
    "spelt his own name Lossky in French.",
    "After the German invasion, the Orthodox mission in {{Pskov|Псков}} was organised by Metropolitan "
    "{{Sergii Voskresenskii|Сергий Воскресенский}}. Alfred Rosenberg's officials distrusted it, "
    "while the Abwehr under Wilhelm Canaris found it useful.",
    "Jaroslav Hašek served as a political commissar in {{Bugulma|Бугульма}}, according to his own stories. "
    "His Czech readers met there the words {{tovarishch|товарищ}} and {{nichevo|ничего}} for "
    "the first time.",
]

PROSE_DEV = [
    "General Otto von Knobelsdorff met {{Zhilenkov|Жиленков}} in Potsdam. The Wehrmacht liaison "
    "officer, Major Hans Kaiser, translated, and Gerhard Kroeger took notes.",
    "The Polish poet Julian Tuwim translated {{Pushkin|Пушкин}} into Polish, while Aleksander "
    "Wat was arrested in Lwów and spent years in {{Saratov|Саратов}}.",
    "The émigré daily {{Poslednie novosti|Последние новости}}, edited by "
    "{{Miliukov|Милюков}}, was printed in Paris near the Gare de l'Est; the rival "
    "{{Vozrozhdenie|Возрождение}} belonged to {{Abram Gukasov|Абрам Гукасов}}.",
    "Luigi Pirandello and Gabriele D'Annunzio were read in {{Petrograd|Петроград}}, and Filippo Marinetti "
    "visited Moscow in 1914, where {{Maiakovskii|Маяковский}} and {{Khlebnikov|Хлебников}} "
    "heckled him.",
    "The German form {{Tschernyschewski|Чернышевский}} and the French "
    "{{Tchernychevski|Чернышевский}} are both common; Karl Marx read him in Russian.",
    "Hermann Göring's Luftwaffe bombed {{Stalingrad|Сталинград}} on 23 August 1942; {{Vasily Chuikov|Василий Чуйков}}, spelt "
    "{{Tschuikow|Чуйков}} in German reports, held the ruins until Friedrich Paulus gave up.",
    "In Sofia and Belgrade the refugees founded schools; the writer "
    "{{Ivan Shmelev|Иван Шмелёв}} visited them, and the Serbian patriarch Varnava welcomed "
    "Metropolitan {{Antonii|Антоний}}.",
    "Roberto Rossellini filmed in Berlin in 1947; the [[Soviet]] sector was run by "
    "{{Sokolovskii|Соколовский}}, and Bertolt Brecht returned to the Schiffbauerdamm.",
    "The Czech historian Josef Pekař and Václav Vojtíšek met {{Miakotin|Мякотин}} and "
    "{{Lapshin|Лапшин}} at the Slavonic Library, whose director was Jan Slavík.",
    "Antonio Machado died in Collioure in 1939; {{Ilya Ehrenburg|Илья Эренбург}}, spelt "
    "{{Erenburg|Эренбург}} in the Library of Congress catalogue, had met him in Valencia.",
    "In 1920 the White army of {{Wrangel|Врангель}} left the Crimea for Gallipoli and Bizerte. "
    "The French admiral Dumesnil escorted the ships, and Kemal's officers counted the "
    "refugees.",
    "The self- determination of nations was a phrase of Woodrow Wilson's, and Józef Piłsudski "
    "used it against {{Denikin|Деникин}} as readily as against {{Lenin|Ленин}}.",
]

# --- the sample page, labelled by hand -----------------------------------------------------
# Every occurrence (whole words, case-sensitive) of these is romanized Russian in the seed page;
# the Cyrillic answers are separated by "/". Everything else in Latin script is not Russian,
# except SAMPLE_NEUTRAL (English words of Russian origin), which is not scored.

SAMPLE_PATH = "seeds/000_cc7236b206390885.txt"
SAMPLE_GOLD = [
    ("Komitet Osvobozhdyeniya Narodov Rossii", "Комитет освобождения народов России"),
    ("Andrey Vlasov", "Андрей Власов"),
    ("Vlasov", "Власов"),
    ("Vlasov's", "Власов/Власова"),
    ("KONR", "КОНР"),
    ("ROA", "РОА"),
    ("Mochola", "Мохоля/Мохола"),
    ("mochola", "Мохоля/Мохола"),
    ("Smolensk", "Смоленск/Смоленский"),
    ("Stalin", "Сталин"),
    ("Stalin's", "Сталин/Сталина"),
    ("Balabin", "Балабин"),
    ("Kasantsev", "Казанцев"),
    ("Tretia Sila", "Третья сила"),
]
SAMPLE_NEUTRAL = [
    "Soviet",
    "Bolshevik",
    "Bolsheviks",
    "Bolshevism",
    "Bolshevistic",
    "Cossack",
    "Cossacks",
    "Kalmuks",
]

# --- second held-out prose set --------------------------------------------------------------
# Written before the second round of development and measured once at its end. Same marks as
# PROSE; names and words differ from every other set. Distractors: Czech, Serbian, Polish,
# German (-ow place and family names), French, Italian, Spanish, Latin and Chinese (pinyin zh)
# words and names.

HELDOUT_2 = [
    "Operation Barbarossa opened on 22 June 1941. By October Army Group Centre had closed the "
    "pocket at {{Vyaz'ma|Вязьма}}, and among the prisoners was General "
    "{{Mikhail Lukin|Михаил Лукин}}, who had lost a leg. {{Lukin|Лукин}} told his interrogators at "
    "Kalkberge that no Russian would fight for German Lebensraum.",
    "Albert Speer's planners studied the industry beyond the Urals from captured maps, on which "
    "{{Tscheljabinsk|Челябинск}}, {{Magnitogorsk|Магнитогорск}} and {{Slatoust|Златоуст}} were "
    "marked in red. Speer wrote in Spandau that these factories had decided the war.",
    "The French press of 1956 wrote {{Khrouchtchev|Хрущёв}} and {{Boulganine|Булганин}}, and "
    "Le Monde spelt the marshal {{Joukov|Жуков}}. Guy Mollet received the two leaders coolly, "
    "while François Mauriac wrote a column about the Hungarian rising.",
    "In the Federal Republic the first secretary was written {{Chruschtschow|Хрущёв}}. Konrad "
    "Adenauer travelled to Moscow in September 1955 to bargain with him and "
    "{{Bulganin|Булганин}} over the last prisoners of war; Heinrich von Brentano and Carlo "
    "Schmid went with him, and the banquet in the [[Kremlin]] lasted until dawn.",
    "In the villages of Všenory and Mokropsy, south of Prague, lived dozens of Russian families "
    "on Czechoslovak stipends. {{Sergei Efron|Сергей Эфрон}} studied at Charles University, and "
    "the novelist {{Chirikov|Чириков}} gave readings in the Národní dům at Smíchov. Their Czech "
    "neighbours, the Nováks and the Dvořáks, remembered the [[samovars]].",
    "The Synod of the Russian Church Abroad sat at Sremski Karlovci from 1922, in the palace of "
    "the Serbian patriarchs. Metropolitan {{Antonii Khrapovitskii|Антоний Храповицкий}} "
    "presided under the protection of Patriarch Dimitrije. In Novi Sad and Zemun the refugees "
    "opened gymnasia, and the Serbian writer Miloš Crnjanski taught some of their children.",
    "German library catalogues follow ISO 9, so a reader finds {{Hruŝëv|Хрущёв}}, "
    "{{Čerepovec|Череповец}} and {{Tûmenʹ|Тюмень}} where an American catalogue has "
    "{{Khrushchev|Хрущёв}}, {{Cherepovets|Череповец}} and {{Tiumen'|Тюмень}}. The Deutsche "
    "Bücherei in Leipzig adopted the rule in the 1980s.",
    "The scholarly system, used by Slavists from Jakobson's students onward, writes "
    "{{Čičerin|Чичерин}} and {{Ėjzenštejn|Эйзенштейн}}; German Slavists add "
    "{{Chruščev|Хрущёв}}, with ch for the Russian kh. {{Dmitrij Tschižewskij|Дмитрий Чижевский}}, "
    "who taught at Halle, Marburg and Heidelberg, used both.",
    "In the Library of Congress catalogue the Belgrade union of émigré writers appears as "
    "{{Soi͡uz russkikh pisateleĭ i zhurnalistov|Союз русских писателей и журналистов}}, and the "
    "Soviet encyclopaedia as {{Bolʹshai͡a sovetskai͡a ent͡siklopedii͡a|Большая советская энциклопедия}}. "
    "Catalogers at Harvard and Yale still type the tie bars by hand.",
    "In the summer of 1918 the Volunteer Army took {{Yekaterinodar|Екатеринодар}}, and General "
    "{{Alekseyev|Алексеев}} died there in October. The British mission under General Poole "
    "found the [[Kuban Rada]] quarrelling with the command over every detail of supply.",
    "{{Yuri Gagarin|Юрий Гагарин}} orbited the earth on 12 April 1961 in {{Vostok|Восток}} 1, "
    "launched from {{Baikonur|Байконур}}. The chief designer, {{Sergei Korolev|Сергей Королёв}}, "
    "remained a state secret. The Italian papers called {{Gagarin|Гагарин}} the Columbus of the "
    "cosmos.",
    "Passports issued under the ICAO table spell a traveller {{Ilia Kuzmin|Илья Кузьмин}} or "
    "{{Tatiana Vasilieva|Татьяна Васильева}}, although an older passport of the same man read "
    "{{Il'ya Kuz'min|Илья Кузьмин}}. Finnish guards at Vaalimaa and Estonian guards facing "
    "{{Ivangorod|Ивангород}} compare both spellings.",
    "Programmes of the Promenade concerts before 1914 printed {{Rimsky-Korsakoff|Римский-Корсаков}}, "
    "{{Glazounow|Глазунов}} and {{Moussorgsky|Мусоргский}}, spellings learnt from the French and "
    "German editions of {{Belaieff|Беляев}} in Leipzig. Henry Wood conducted, and Edward Elgar "
    "and Gustav Holst sat in the stalls.",
    "British diplomats before the revolution read {{Novoye Vremya|Новое время}} and "
    "{{Ryech|Речь}}, the organ of the Cadets. Sir George Buchanan's dispatches also mention "
    "{{Prosvyeshcheniye|Просвещение}}, a [[Bolshevik]] monthly which Scotland Yard "
    "thought dangerous.",
    "Army Group South retook {{Charkow|Харьков}} in March 1943. A year earlier Ewald von "
    "Kleist's tanks had reached {{Maikop|Майкоп}} and {{Naltschik|Нальчик}}, and mountain troops "
    "had raised the flag on the {{Elbrus|Эльбрус}}. Generaloberst Ruoff kept his headquarters in "
    "{{Pjatigorsk|Пятигорск}}.",
    "In Army Group Centre, Henning von Tresckow gathered officers who despised the policy in "
    "the East. Rudolf-Christoph von Gersdorff, Philipp von Boeselager and Fabian von "
    "Schlabrendorff belonged to the circle, and they met in the forest near "
    "{{Borissow|Борисов}} on the {{Beresina|Березина}}.",
    "After 1945 the East German leaders lived in Pankow, and the war memorial rose in "
    "Treptow. Wilhelm Pieck and Walter Ulbricht laid wreaths there with the city commandant "
    "{{Bersarin|Берзарин}} and, later, with the political adviser {{Semjonow|Семёнов}}.",
    "In London, Edward Raczyński and Kazimierz Sosnkowski read the reports from Katyń with "
    "dismay. Stanisław Grabski had been warned by {{Mołotow|Молотов}} himself, and the Polish "
    "papers wrote that {{Beria|Берия}} knew the truth.",
    "In the bookshops of Kraków in the 1950s one found {{Szołochow|Шолохов}}, "
    "{{Fadiejew|Фадеев}} and {{Ostrowski|Островский}} in cheap editions, while Gombrowicz was "
    "banned. Jerzy Giedroyc's Kultura in Maisons-Laffitte answered with {{Sołżenicyn|Солженицын}}.",
    "At Čierna nad Tisou in July 1968 Alexander Dubček, Josef Smrkovský and Oldřich Černík "
    "faced {{Brezhnev|Брежнев}}, {{Kosygin|Косыгин}} and {{Suslov|Суслов}}. Zdeněk Mlynář later "
    "described how {{Podgornyi|Подгорный}} shouted at the Czech delegation.",
    "Karel Kramář, the first prime minister of Czechoslovakia, married "
    "{{Nadezhda Abrikosova|Надежда Абрикосова}} and built the Russian church at the Olšany "
    "cemetery, where {{Arkadii Averchenko|Аркадий Аверченко}} and "
    "{{Vasilii Nemirovich-Danchenko|Василий Немирович-Данченко}} lie.",
    "Pope Pius XI founded the Collegium Russicum in 1929, and the Jesuit Michel d'Herbigny "
    "travelled to Moscow to consecrate bishops in secret. The commission Pro Russia worked sub "
    "secreto; in the villages such converts were called "
    "{{katoliki vostochnogo obriada|католики восточного обряда}}.",
    "For the emigration Russia became a terra incognita and a mater dolorosa. The historian "
    "{{Georgii Fedotov|Георгий Федотов}} quoted Augustine's civitas Dei and Tertullian's credo "
    "quia absurdum in the essays he wrote for {{Novyi grad|Новый град}}.",
    "At Clamart and Meudon the Russians of Paris built their churches. "
    "{{Boris Zaïtsev|Борис Зайцев}} lived in the sixteenth arrondissement and "
    "{{Marc Aldanov|Марк Алданов}} wrote his historical novels in the rue de Boulainvilliers, "
    "while the taxi drivers at the Porte de Saint-Cloud were veterans of the "
    "{{Markovskii polk|Марковский полк}}.",
    "Le Monde announced the death of {{Iouri Andropov|Юрий Андропов}} in February 1984 and the "
    "election of {{Konstantin Tchernenko|Константин Черненко}}. François Mitterrand sent Pierre "
    "Mauroy to the funeral, where {{Andreï Gromyko|Андрей Громыко}} received him.",
    "The singer {{Vladimir Vyssotski|Владимир Высоцкий}} married the actress [[Marina Vlady]] in "
    "1970 and sang at the Olympia. French critics compared his camp songs, the "
    "{{blatnye pesni|блатные песни}}, with those of Georges Brassens and Jacques Brel.",
    "Soviet life in the 1970s was a matter of {{blat|блат}}, connections, and of the "
    "{{propiska|прописка}}, the residence permit. Families shared a "
    "{{kommunalka|коммуналка}}, stood in the {{ochered'|очередь}} for sausage and hoarded "
    "{{defitsit|дефицит}}; visitors from Leipzig or Budapest found it no worse than home.",
    "In the late 1950s the [[Komsomol]] patrols hunted the {{stiliagi|стиляги}}, young men in "
    "narrow trousers who copied jazz onto X-ray film, the so-called "
    "{{muzyka na rebrakh|музыка на рёбрах}}. The patrols, or {{druzhinniki|дружинники}}, cut "
    "their hair in the street.",
    "The trial of {{Andrei Siniavskii|Андрей Синявский}} and {{Iulii Daniel'|Юлий Даниэль}} "
    "opened in February 1966. {{Siniavskii|Синявский}} had published abroad as {{Abram Terts|Абрам Терц}}, "
    "and [[Daniel]] as {{Nikolai Arzhak|Николай Аржак}}. Graham Greene protested, and "
    "{{Aleksandr Ginzburg|Александр Гинзбург}} compiled the {{Belaia kniga|Белая книга}}.",
    "The central staff of the partisan movement under "
    "{{Panteleimon Ponomarenko|Пантелеймон Пономаренко}} dropped radio operators near "
    "{{Briansk|Брянск}}. The Germans called the area Partisanengebiet, and "
    "{{Bronislav Kaminski|Бронислав Каминский}} ruled the {{Lokot'|Локоть}} district for them.",
    "{{Andrei Platonov|Андрей Платонов}} finished {{Kotlovan|Котлован}} in 1930, and it lay "
    "unpublished for half a century. Its prose, made of the jargon of the five-year plan, "
    "defeated translators; [[Joseph]] {{Brodsky|Бродский}} said that {{Platonov|Платонов}} wrote "
    "in the language of utopia itself.",
    "The symbolist {{Viacheslav Ivanov|Вячеслав Иванов}} settled in Rome in 1924 and taught at "
    "the Collegio Borromeo in Pavia. Ernesto Buonaiuti and Alessandro Pellegrini visited him in "
    "the via Leone Caetani, where he wrote the {{Rimskie sonety|Римские сонеты}} and read Dante "
    "with his daughter {{Lidiia|Лидия}}.",
    "{{Prokof'ev|Прокофьев}} returned to Moscow in 1936 after years in Paris, and "
    "{{Stravinsky|Стравинский}} did not come back until 1962. In Hollywood {{Stravinsky|Стравинский}} met "
    "Arnold Schoenberg only at funerals. The decree of 1948, the "
    "{{Zhdanovshchina|ждановщина}}, struck {{Shostakovich|Шостакович}} and {{Prokof'ev|Прокофьев}} alike.",
    "{{Varlam Shalamov|Варлам Шаламов}} spent seventeen years in the camps of the "
    "{{Kolyma|Колыма}}. His {{Kolymskie rasskazy|Колымские рассказы}} first appeared in the "
    "{{Novyi zhurnal|Новый журнал}} in New York. The gold fields around {{Magadan|Магадан}} were "
    "run by {{Dal'stroi|Дальстрой}}, and Lithuanian deportees and [[Volga]] Germans worked beside "
    "the Russians.",
    "Berlin in 1922 had dozens of Russian publishers, among them {{Slovo|Слово}}, "
    "{{Grzhebin|Гржебин}} and {{Petropolis|Петрополис}}. {{Andrei Belyi|Андрей Белый}} danced "
    "the foxtrot in the cafés of the Prager Platz, and {{Khodasevich|Ходасевич}} watched him with "
    "dismay before leaving for Sorrento with {{Maxim Gorky's|Максим Горький/Максим Горького}} household.",
    "In Harbin the {{Kitaiskaia vostochnaia zheleznaia doroga|Китайская восточная железная дорога}} "
    "employed thousands of Russians. Zhang Zuolin took the railway in 1924, and after 1932 "
    "{{Konstantin Rodzaevskii|Константин Родзаевский}} led a fascist party under Japanese "
    "protection in Manchukuo.",
    "In the Winter War the puppet Terijoki government of Otto Kuusinen followed the Red Army "
    "into Finland. {{Meretskov|Мерецков}} commanded the attack on the Mannerheim line, and the "
    "Finns named their petrol bombs after {{Molotov|Молотов}}; Risto Ryti and Juho Kusti "
    "Paasikivi negotiated the peace.",
    "After the revolution {{Patriarkh Tikhon|Патриарх Тихон}} was arrested, and the state backed "
    "the renovationists of the {{Zhivaia tserkov'|Живая церковь}}. Their leader, "
    "{{Aleksandr Vvedenskii|Александр Введенский}}, debated {{Lunacharskii|Луначарский}} on the "
    "existence of God in a theatre full of sailors.",
    "{{Fjodor Stepun|Фёдор Степун}} taught sociology in Dresden until 1937, and his friend "
    "{{Semjon Frank|Семён Франк}} left Berlin for Paris and then London. {{Stepun's|Степун/Степуна}} memoirs, "
    "Vergangenes und Unvergängliches, were read by Romano Guardini and Karl Jaspers.",
    "Counter-intelligence at the front was the task of {{SMERSH|СМЕРШ}}, short for "
    "{{Smert' shpionam|Смерть шпионам}}. Its officers arrested returning prisoners by the "
    "thousand, and in Vienna the [[OGPU]] veterans among them worked beside the British Field "
    "Security and the CIA's predecessor, the OSS.",
    "The staff of the {{VSIuR|ВСЮР}}, the {{Vooruzhennye sily Iuga Rossii|Вооружённые силы Юга России}}, "
    "moved from {{Taganrog|Таганрог}} to {{Novocherkassk|Новочеркасск}} and then to the Crimea. "
    "The British supply officers, the American Red Cross and the French mission in [[Odessa]] "
    "counted its rifles.",
    "Italian soldiers of the ARMIR retreated from the [[Don]] in January 1943 through "
    "{{Rossosh'|Россошь}} and {{Valuiki|Валуйки}}. Mario Rigoni Stern and Nuto Revelli later "
    "wrote that the word they learnt first was {{davai|давай}}, and the second "
    "{{khleb|хлеб}}.",
    "General Ludvík Svoboda led the Czechoslovak battalion from {{Buzuluk|Бузулук}} through the "
    "battle at [[Sokolovo]] to the Dukla pass under the command of {{Konev|Конев}}. Klement "
    "Gottwald and Rudolf Slánský spent the war in Moscow.",
    "In Belgrade the Russian House stood in Kraljice Natalije street, near the church of the "
    "Holy Trinity where General {{Vrangel'|Врангель}} is buried. Pavle Karađorđević and "
    "Milan Stojadinović attended the consecration in 1929.",
    "The Slavophiles {{Khomiakov|Хомяков}}, {{Kireevskii|Киреевский}} and the "
    "{{Aksakovs|Аксаковы}} read Schelling and Hegel as eagerly as the Westernizers "
    "{{Granovsky|Грановский}} and {{Belinsky|Белинский}}, and {{Chaadaev|Чаадаев}}'s first "
    "letter was published in the {{Teleskop|Телескоп}} in 1836.",
    "{{Osip Mandelstam|Осип Мандельштам}} read his epigram on the Kremlin mountaineer to a few "
    "friends in 1933; one of them informed. His widow {{Nadezhda|Надежда}} kept his poems in "
    "her memory, and {{Efim Etkind|Ефим Эткинд}} and {{Evdokimov|Евдокимов}} helped to publish "
    "them abroad.",
    "At Fontainebleau {{Gurdjieff|Гурджиев}} ran his institute in the Prieuré, and "
    "{{Piotr Ouspensky|Пётр Успенский}} broke with him and went to London; Katherine Mansfield "
    "died at the Prieuré in January 1923. French followers wrote his first name "
    "{{Gueorgui|Георгий}}.",
    "Thousands of Hilfswillige served in German units, and the Ostarbeiter wore a badge marked "
    "OST. After the war the repatriated were called {{vozvrashchentsy|возвращенцы}}, and many "
    "of them ended in the {{fil'tratsionnye lageri|фильтрационные лагеря}}.",
    "The sisters {{Sofia|Софья/София}} and {{Daria|Дарья}} "
    "{{Gorchakova|Горчакова}} left {{Rostov-na-Donu|Ростов-на-Дону}} in 1920 with the last "
    "trains; their cousin {{Goutchkov|Гучков}} in Paris sent them money through the Banque "
    "de l'Union Parisienne.",
]

# --- third held-out prose set ---------------------------------------------------------------
# Written before the third round of development and measured once at its end. Same marks as
# PROSE; the Russian names and words are new to every other set. Styles: ALA-LC (plain, with
# tie bars and primes), BGN/PCGN, ISO 9, scholarly, Wikipedia, ICAO, older English, German,
# French, Polish and Czech. Distractors: German (-ow), Polish, Czech, Serbian, Bulgarian,
# French, Italian, Spanish, Hungarian, Scandinavian and Chinese names and words.

HELDOUT_3 = [
    "On 11 June 1937 a military court condemned Marshal "
    "{{Mikhail Tukhachevskii|Михаил Тухачевский}} together with {{Iona Iakir|Иона Якир}} and "
    "{{Ieronim Uborevich|Иероним Уборевич}}. The case was prepared by "
    "{{Nikolai Ezhov|Николай Ежов}}, and Reinhard Heydrich later boasted that forged papers from "
    "Prinz-Albrecht-Strasse had helped.",
    "The sniper {{Lyudmila Pavlichenko|Людмила Павличенко}} was credited with more than three "
    "hundred kills before she was wounded in 1942. She toured the United States with Eleanor "
    "Roosevelt, and Woody Guthrie wrote a song about her; in Chicago she told the reporters that "
    "she was twenty-five and had no time for nylon stockings.",
    "In the Wehrmacht reports the commander of the Third Belorussian Front appears as "
    "{{Tschernjachowski|Черняховский}}. Königsberg, which his armies stormed, was renamed "
    "{{Kaliningrad|Калининград}} after {{Michail Kalinin|Михаил Калинин}}; General Otto Lasch "
    "surrendered the fortress in April 1945, and Hans von Lehndorff kept a diary of what followed.",
    "Le Figaro followed the chess champion {{Alexandre Alekhine|Александр Алехин}}, who took "
    "French citizenship and beat José Raúl Capablanca in Buenos Aires in 1927. His rival "
    "{{Efim Bogolioubov|Ефим Боголюбов}} had settled at Triberg in the Black Forest, and Max Euwe "
    "took the title from {{Alekhine|Алехин}} in 1935.",
    "{{Mikhail Botvinnik|Михаил Ботвинник}} won the match tournament of 1948 against "
    "{{Vasily Smyslov|Василий Смыслов}}, Samuel Reshevsky and Max Euwe. Later "
    "{{Mikhail Tal|Михаил Таль}} from Riga, {{Tigran Petrosian|Тигран Петросян}} and "
    "{{Boris Spassky|Борис Спасский}} held the title until Bobby Fischer won at Reykjavik in 1972.",
    "Bibliographers in Prague and Ljubljana catalogue the physicist as "
    "{{Pëtr Kapica|Пётр Капица}}, the mathematician as {{Andrej Kolmogorov|Андрей Колмогоров}} "
    "and the rocket pioneer as {{Konstantin Ciolkovskij|Константин Циолковский}}, beside their "
    "own Jaroslav Heyrovský and Otto Wichterle.",
    "The Library of Congress heading is {{Lomonosov|Ломоносов}}, "
    "{{Mikhail Vasilʹevich|Михаил Васильевич}}, and his collected works appear under "
    "{{Akademii͡a nauk SSSR|Академия наук СССР}}. Readers at the Bodleian and the "
    "Staatsbibliothek also find {{Moskovskiĭ gosudarstvennyĭ universitet|Московский государственный университет}} "
    "on the title pages.",
    "Before 1914 London crowded to see {{Anna Pavlova|Анна Павлова}} and "
    "{{Tamara Karsavina|Тамара Карсавина}}. The programmes printed "
    "{{Serge Koussevitzky|Сергей Кусевицкий}} and [[Alexander]] {{Scriabine|Скрябин}}, and Sir "
    "Thomas Beecham paid the bills at Drury Lane.",
    "Warsaw papers of August 1920 wrote {{Tuchaczewski|Тухачевский}} and reported that the "
    "horsemen of {{Siemion Budionny|Семён Будённый}} had turned towards Lwów. Edward Rydz-Śmigły "
    "and Tadeusz Rozwadowski planned the counterstroke from the Wieprz.",
    "The Slavonic Library in Prague keeps the papers of {{Nikolaj Andrejev|Николай Андреев}} "
    "and {{Alfred Bem|Альфред Бем}}, the critics of the Russian emigration there. Josef "
    "Škvorecký and Bohumil Hrabal read them in Czech translation in the 1950s.",
    "Passport officers using the ICAO table wrote {{Aleksei Leonov|Алексей Леонов}} and "
    "{{Svetlana Savitskaia|Светлана Савицкая}}. The second man in orbit, "
    "{{German Titov|Герман Титов}}, toured Canada in 1962, and John Glenn met him in Washington.",
    "{{Lev Yashin|Лев Яшин}} kept goal for [[Dynamo]] for twenty years, and "
    "{{Eduard Streltsov|Эдуард Стрельцов}} was sent to the camps at the height of his fame. In "
    "1972 {{Valeri Kharlamov|Валерий Харламов}} and {{Vladislav Tretiak|Владислав Третьяк}} faced "
    "Phil Esposito and Ken Dryden in Montreal.",
    "At Melbourne and Rome the gymnast {{Larisa Latynina|Лариса Латынина}} won more medals than "
    "anyone before her, while Věra Čáslavská and Nadia Comăneci came later. The high jumper "
    "{{Valeriy Brumel|Валерий Брумель}} beat Dick Fosbury's elders at Tokyo in 1964.",
    "In July 1943 the fronts of {{Nikolay Vatutin|Николай Ватутин}} and "
    "{{Rodion Malinovskiy|Родион Малиновский}} held the southern face of the salient at "
    "{{Kursk|Курск}}. Erich von Manstein's tanks met the Fifth Guards Tank Army at "
    "{{Prokhorovka|Прохоровка}}, and Walter Model stalled in the north.",
    "During the siege of {{Leningrad|Ленинград}} the only route out was the "
    "{{Doroga zhizni|Дорога жизни}} across Lake {{Ladoga|Ладога}}. The diary of "
    "{{Tania Savicheva|Таня Савичева}}, eleven years old, records the deaths of her family one by "
    "one, while Wilhelm von Leeb waited for the city to starve.",
    "Many engineers worked in a {{sharashka|шарашка}}, a prison design bureau. "
    "{{Andrei Tupolev|Андрей Туполев}} designed bombers there, {{Valentin Glushko|Валентин Глушко}} "
    "rocket engines, and {{Lev Kopelev|Лев Копелев}} listened to tapes at {{Marfino|Марфино}}, "
    "while the German team of Helmut Gröttrup was kept on an island in Lake Seliger.",
    "At the {{VASKhNIL|ВАСХНИЛ}} session of August 1948 {{Trofim Lysenko|Трофим Лысенко}} "
    "announced that the Central Committee had approved his report. Genetics, the science of "
    "Gregor Mendel and Thomas Hunt Morgan, was banned, and {{Nikolai Vavilov|Николай Вавилов}} "
    "had already died in prison.",
    "In the cafés of Montparnasse, La Rotonde and Le Select, {{Boris Poplavski|Борис Поплавский}} "
    "read his poems to {{Irina Odoevtseva|Ирина Одоевцева}} and {{Nina Berberova|Нина Берберова}}. "
    "The review {{Tchisla|Числа}} printed them, and {{Teffi|Тэффи}} mocked the whole company in "
    "her feuilletons.",
    "Berliners called Charlottenburg {{Charlottengrad|Шарлоттенград}}. The newspaper "
    "{{Nakanune|Накануне}} of the {{smenovekhovtsy|сменовеховцы}} was printed there, and "
    "{{Roman Gul'|Роман Гуль}} wrote for it before breaking with Moscow; Kurt Tucholsky and Joseph "
    "Roth lived a few streets away in Wilmersdorf.",
    "In Shanghai {{Aleksandr Vertinskii|Александр Вертинский}} sang in the cabarets of the French "
    "Concession, where Zhou Xuan and Bai Guang recorded their hits, and Du Yuesheng's men "
    "guarded the doors. He returned to Moscow in 1943.",
    "{{Sergey Kirov|Сергей Киров}} was shot in the {{Smolny|Смольный}} on 1 December 1934 by "
    "{{Leonid Nikolayev|Леонид Николаев}}. {{Genrikh Yagoda|Генрих Ягода}} led the inquiry; in "
    "Paris, Boris Souvarine and Victor Serge suspected at once who had gained by it.",
    "Victorian travellers went to the fair at {{Irbit|Ирбит}} and wrote of Count "
    "{{Woronzoff|Воронцов}} and General {{Mouravieff|Муравьёв}}. Donald Mackenzie Wallace and "
    "Laurence Oliphant described the {{Troitsa|Троица}} monastery and the pilgrims on the road.",
    "In August 1946 the Central Committee condemned the journals {{Zvezda|Звезда}} and "
    "{{Leningrad|Ленинград}} for printing {{Mikhail Zoshchenko|Михаил Зощенко}}. "
    "{{Andrei Zhdanov|Андрей Жданов}} called him a scum of literature; Isaiah Berlin had visited "
    "the city only months before.",
    "{{Ilf|Ильф}} and {{Petrov|Петров}} created {{Ostap Bender|Остап Бендер}} in "
    "{{Dvenadtsat stulyev|Двенадцать стульев}} and {{Zolotoy telyonok|Золотой телёнок}}. In 1935 "
    "they crossed America in a Ford and wrote {{Odnoetazhnaya Amerika|Одноэтажная Америка}}; "
    "Ernest Hemingway's publishers gave them lunch in New York.",
    "At Aldeburgh Benjamin Britten and Peter Pears welcomed "
    "{{Mstislav Rostropovich|Мстислав Ростропович}} and {{Galina Vishnevskaya|Галина Вишневская}}. "
    "Their friends {{Dmitri Kabalevsky|Дмитрий Кабалевский}}, {{Aram Khachaturian|Арам Хачатурян}} "
    "and {{Nikolai Myaskovsky|Николай Мясковский}} had suffered in the campaign of 1948.",
    "{{Dziga Vertov|Дзига Вертов}} made {{Chelovek s kinoapparatom|Человек с киноаппаратом}} in "
    "1929, and {{Lev Kuleshov|Лев Кулешов}} and {{Vsevolod Pudovkin|Всеволод Пудовкин}} taught "
    "montage. Fritz Lang, Luis Buñuel and Jean Vigo watched their films in Paris and Berlin.",
    "{{Andrei Tarkovsky|Андрей Тарковский}} filmed {{Zerkalo|Зеркало}} in 1975 and adapted "
    "Stanisław Lem's novel as {{Solyaris|Солярис}}. He made his last film on Gotland with Erland "
    "Josephson and Ingmar Bergman's crew.",
    "The dogs {{Belka|Белка}} and {{Strelka|Стрелка}} came back alive in 1960, three years after "
    "{{Laika|Лайка}} had died in orbit. The cosmonauts trained at "
    "{{Zvezdnyi gorodok|Звёздный городок}}, and the first rockets flew from "
    "{{Kapustin Iar|Капустин Яр}}, far from Houston and Cape Canaveral.",
    "The {{Ryzhkov|Рыжков}} government's programme began with [[perestroika]] and "
    "{{uskorenie|ускорение}}. {{Aleksandr Iakovlev|Александр Яковлев}} argued with "
    "{{Egor Ligachev|Егор Лигачёв}}, and the weekly {{Ogonek|Огонёк}} under "
    "{{Vitalii Korotich|Виталий Коротич}} sold out every Monday; Margaret Thatcher and Helmut "
    "Kohl watched closely.",
    "The reactor at {{Chernobyl'|Чернобыль}} exploded on 26 April 1986, and the town of "
    "{{Pripiat'|Припять}} was evacuated a day later. The chemist "
    "{{Valerii Legasov|Валерий Легасов}} reported to Hans Blix in Vienna, and the "
    "{{likvidatory|ликвидаторы}} were sent onto the roof. Sweden had raised the alarm from "
    "Forsmark.",
    "Collectivisation meant {{raskulachivanie|раскулачивание}} and the "
    "{{kolkhozy|колхозы}}, where work was paid in {{trudodni|трудодни}}. {{Stalin's|Сталин/Сталина}} article "
    "{{Golovokruzhenie ot uspekhov|Головокружение от успехов}} blamed local officials, while "
    "Gareth Jones and Malcolm Muggeridge reported the famine that Walter Duranty denied.",
    "In Sofia the Eurasians {{Nikolai Trubetskoi|Николай Трубецкой}} and "
    "{{Petr Savitskii|Пётр Савицкий}} published {{Iskhod k Vostoku|Исход к Востоку}} in 1921. "
    "Aleksandar Stamboliyski was then prime minister, and King Boris III later sheltered the "
    "Russian cadets at Shumen.",
    "{{Kerensky|Керенский}} lived in New York and worked at the Hoover Institution. His papers "
    "mention {{Tereshchenko|Терещенко}} and {{Nekrasov|Некрасов}}, and the spy Bruce Lockhart and "
    "the novelist Somerset Maugham, both sent to {{Petrograd|Петроград}} in 1917.",
    "In Madrid the Soviet advisers included the airman {{Iakov Smushkevich|Яков Смушкевич}} and "
    "the journalist {{Mikhail Koltsov|Михаил Кольцов}}, whom Ernest Hemingway put into his novel "
    "as {{Karkov|Карков}}. {{Aleksandr Orlov|Александр Орлов}} shipped Juan Negrín's gold to "
    "[[Odessa]], and Dolores Ibárruri and Andreu Nin quarrelled over the rest.",
    "At the Comintern, {{Grigorii Zinov'ev|Григорий Зиновьев}} and "
    "{{Osip Piatnitskii|Осип Пятницкий}} received Willi Münzenberg and Ernst Thälmann; the "
    "Bulgarian Georgi Dimitrov came later, and the foreign delegates lodged in the Hotel Lux on "
    "Gorky Street.",
    "{{Zoya Kosmodemyanskaya|Зоя Космодемьянская}} was hanged at "
    "{{Petrishchevo|Петрищево}} in November 1941. The pilot "
    "{{Nikolai Gastello|Николай Гастелло}} and the private {{Aleksandr Matrosov|Александр Матросов}} "
    "became legends, like the {{Panfilovtsy|панфиловцы}} on the road to {{Volokolamsk|Волоколамск}}.",
    "The night bombers of {{Marina Raskova|Марина Раскова}}, whom the Germans called "
    "Nachthexen, flew wooden biplanes. {{Nadezhda Popova|Надежда Попова}} survived, "
    "{{Lydia Litvyak|Лидия Литвяк}} did not, and the aces {{Ivan Kozhedub|Иван Кожедуб}} and "
    "{{Aleksandr Pokryshkin|Александр Покрышкин}} outscored the French pilots of the "
    "Normandie-Niemen regiment.",
    "{{Lev Landau|Лев Ландау}} came back from Copenhagen, where Niels Bohr had taught him, and "
    "spent a year in prison in 1938. {{Landau's|Ландау}} colleagues {{Igor Tamm|Игорь Тамм}}, "
    "{{Pavel Cherenkov|Павел Черенков}} and {{Ilya Frank|Илья Франк}} went to Stockholm for the "
    "prize in 1958.",
    "{{Igor Kurchatov|Игорь Курчатов}} directed the bomb project, and "
    "{{Yuliy Khariton|Юлий Харитон}} built the weapon at {{Sarov|Саров}}, known as "
    "{{Arzamas-16|Арзамас-16}}. The first test took place near {{Semipalatinsk|Семипалатинск}} in "
    "August 1949; the Americans called it Joe-1, and Klaus Fuchs had supplied the design.",
    "German textbooks of geometry name {{Nikolai Lobatschewski|Николай Лобачевский}} beside "
    "Carl Friedrich Gauss and Bernhard Riemann, and the theory of probability owes much to "
    "{{Pafnutij Tschebyschow|Пафнутий Чебышёв}}. {{Sofja Kowalewskaja|Софья Ковалевская}} "
    "studied in Berlin with Weierstrass before Gösta Mittag-Leffler brought her to Stockholm.",
    "Polish underground publishers printed {{Amalrik|Амальрик}}, "
    "{{Wojnowicz|Войнович}} and {{Aksionow|Аксёнов}} in the 1980s. Adam Michnik and Jacek Kuroń "
    "wrote the prefaces, and Solidarność bulletins reprinted the chapters.",
    "Besides samizdat there was {{magnitizdat|магнитиздат}} and {{tamizdat|тамиздат}}. The "
    "{{Khronika tekushchikh sobytii|Хроника текущих событий}} reported the arrests of "
    "{{Larisa Bogoraz|Лариса Богораз}} and {{Pavel Litvinov|Павел Литвинов}}, and Peter "
    "Benenson's Amnesty International adopted them.",
    "Slavists following the scholarly system write of the {{staroobrjadcy|старообрядцы}} and of "
    "the {{raskol|раскол}} that followed the reforms of Patriarch {{Nikon|Никон}}. The "
    "{{Žitie protopopa Avvakuma|Житие протопопа Аввакума}} was translated into French by Pierre "
    "Pascal.",
    "{{Pyotr Stolypin|Пётр Столыпин}} was shot at the opera in [[Kiev]] in 1911 by "
    "{{Dmitry Bogrov|Дмитрий Богров}}. {{Sergei Witte|Сергей Витте}} had already retired, and "
    "five years later {{Felix Yusupov|Феликс Юсупов}} killed {{Grigori Rasputin|Григорий Распутин}} "
    "while [[Nicholas]] was at the front.",
    "French officers in the Crimea wrote {{Menchikoff|Меншиков}} for the Russian commander and "
    "called the fort they stormed the tower of {{Malakoff|Малахов}}. Pélissier and MacMahon "
    "were rewarded, while Lord Raglan died of cholera and Florence Nightingale nursed the sick "
    "at Scutari.",
    "Caulaincourt and Clausewitz both described {{Borodino|Бородино}}, where "
    "{{Koutouzov|Кутузов}} faced Napoleon and {{Bagration|Багратион}} was mortally wounded. "
    "Governor {{Rostoptchine|Ростопчин}} set fire to Moscow, and Ney and Murat led the retreat.",
    "West German commentators admired {{Oleg Blochin|Олег Блохин}} and the coach "
    "{{Walerij Lobanowskij|Валерий Лобановский}}, whose team beat Ferencváros in the final of "
    "1975. Franz Beckenbauer, Gerd Müller and Sepp Maier watched from Munich.",
    "The Paris Opera engaged {{Rudolf Noureev|Рудольф Нуреев}} as director in 1983. "
    "{{Mikhaïl Barychnikov|Михаил Барышников}} danced for Roland Petit, and "
    "{{Maïa Plissetskaïa|Майя Плисецкая}} for Maurice Béjart at the Palais Garnier.",
    "Translators despair of {{toska|тоска}} and {{poshlost'|пошлость}}, as Germans of "
    "Sehnsucht and the Portuguese of saudade. The philosophers of {{sobornost'|соборность}} wrote "
    "about the Russian {{dusha|душа}}, and the ethnographers about the peasants' {{byt|быт}}.",
    "The poets of {{OBERIU|ОБЭРИУ}}, {{Daniil Kharms|Даниил Хармс}} and "
    "{{Nikolai Zabolotskii|Николай Заболоцкий}}, read at the House of the Press in 1928. The "
    "{{RAPP|РАПП}} critics attacked them, and {{Glavlit|Главлит}} refused their books.",
    "The car plant of {{AvtoVAZ|АвтоВАЗ}} at {{Tol'iatti|Тольятти}}, a city named after Palmiro "
    "Togliatti, built the {{Zhiguli|Жигули}} under licence from Fiat, and Gianni Agnelli came "
    "to see the first cars in 1970.",
    "Among the emigrants to America were {{Igor Sikorsky|Игорь Сикорский}}, who built "
    "helicopters at Stratford, {{Vladimir Zworykin|Владимир Зворыкин}} of RCA and the economist "
    "{{Wassily Leontief|Василий Леонтьев}} at Harvard, where Joseph Schumpeter welcomed him.",
    "In the Caucasus the line of forts ran from {{Vladikavkaz|Владикавказ}} to "
    "{{Groznyi|Грозный}}, and officers took the waters at {{Kislovodsk|Кисловодск}}. Alexandre "
    "Dumas rode through in 1858 and reached [[Tbilisi]] by the Georgian military road.",
    "The Cambridge spies met their controller {{Iurii Modin|Юрий Модин}} in London parks. Kim "
    "Philby, Guy Burgess and Donald Maclean reported to the "
    "{{Pervoe glavnoe upravlenie|Первое главное управление}}, and Arnold Deutsch, an Austrian, "
    "had recruited them before the war; the files are still in the {{Lubianka|Лубянка}}.",
    "George Kennan the elder travelled to {{Tobolsk|Тобольск}} and {{Yakutsk|Якутск}} in 1885 to "
    "study the exile system. He described the {{katorga|каторга}} at {{Kara|Кара}} and the "
    "{{etap|этап}}, the convict march, for the Century Magazine.",
    "After 1991 the veterans of {{Afgan|Афган}}, the {{afgantsy|афганцы}}, founded unions in "
    "{{Perm'|Пермь}} and {{Orenburg|Оренбург}}. Their songs were sung at the "
    "{{Grushinskii festival'|Грушинский фестиваль}} on the Volga, and reporters from Le Monde "
    "and the Frankfurter Allgemeine came to listen.",
]

# The fourth held-out set: 42 English paragraphs written for round five, measured once at the end
# of it. The Russian names and words are new to every other set. Styles: ALA-LC (plain, with tie
# bars and primes), BGN/PCGN, ISO 9, scholarly, Wikipedia, ICAO, older English, German, French
# and Polish. Distractors: German, Polish, Czech, Serbian, Bulgarian, Ukrainian-free English,
# French, Italian, Spanish, Dutch, Hungarian, Finnish, Japanese and Turkish names and words.

HELDOUT_4 = [
    "In 1902 the physiologist {{Ivan Petrovich Pavlov|Иван Петрович Павлов}} began the work on "
    "digestion that won him the Nobel Prize, and his laboratory at {{Koltushi|Колтуши}} later "
    "received visitors such as Walter Cannon and Herbert Wells. His pupil "
    "{{Leon Orbeli|Леон Орбели}} carried on after 1936.",
    "The chemist {{Dmitrii Mendeleev|Дмитрий Менделеев}} published his periodic table in 1869, "
    "a few months before Lothar Meyer in Tübingen. He also wrote on vodka, on oil at "
    "[[Baku]] and on the tariff, and travelled to Pennsylvania to inspect the wells.",
    "Geometers in Göttingen learned late of {{Nikolai Lobachevskii|Николай Лобачевский}} of "
    "{{Kazan'|Казань}}, who had published his non-Euclidean geometry in 1829, three years before "
    "János Bolyai. Carl Friedrich Gauss, who read Russian, praised him in a letter.",
    "{{Sofia Kovalevskaya|Софья Ковалевская/София Ковалевская}} studied with Karl Weierstrass in Berlin and became a "
    "professor at Stockholm, where Gösta Mittag-Leffler had found her a chair. Her sister "
    "{{Anna Korvin-Krukovskaya|Анна Корвин-Круковская}} married the Communard Victor Jaclard.",
    "The old German histories spell the poet {{Lermontow|Лермонтов}} and the satirist "
    "{{Saltykow-Schtschedrin|Салтыков-Щедрин}}, and the translator Wilhelm Wolfsohn put "
    "{{Gribojedow|Грибоедов}} into German verse as early as 1853.",
    "The ISO 9 card for the composer reads {{Musorgskij|Мусоргский}}, {{Modest Petrovič|Модест Петрович}}; "
    "his opera {{Boris Godunov|Борис Годунов}} reached Paris through the impresario's company "
    "in 1908, and Maurice Ravel orchestrated his {{Kartinki s vystavki|Картинки с выставки}}.",
    "At the {{Maryinsky|Мариинский}} the ballerina {{Matilda Kshesinskaya|Матильда Кшесинская}} danced for the "
    "heir, and later married Grand Duke {{Andrei Vladimirovich|Андрей Владимирович}}. In Paris "
    "she opened a studio, where Margot Fonteyn and [[Alicia Markova]] came to take class.",
    "French critics wrote of {{Moussorgski|Мусоргский}}, {{Borodine|Бородин}} and "
    "{{Rimski-Korsakov|Римский-Корсаков}} as the Five, and Claude Debussy, who had worked as a "
    "household pianist in Moscow, took scores home to Paris.",
    "The painter {{Arkhip Kuindzhi|Архип Куинджи}} showed a single canvas, "
    "{{Lunnaia noch' na Dnepre|Лунная ночь на Днепре}}, in a darkened room in 1880, and the "
    "queues reached the {{Moika|Мойка}}. John Ruskin never saw it, though Whistler heard of it.",
    "In the 1920s the {{Vkhutemas|Вхутемас}} workshops taught design much as the Bauhaus did "
    "in Dessau. {{Varvara Stepanova|Варвара Степанова}} and {{Ol'ga Rozanova|Ольга Розанова}} "
    "drew textiles for the First State Cotton Print Factory, and László Moholy-Nagy admired them.",
    "Polish art historians write {{Malewicz|Малевич}} and {{Filonow|Филонов}}; Władysław "
    "Strzemiński had met the former in {{Witebsk|Витебск}}, where [[Chagall]] ran the art "
    "school until 1920 and Katarzyna Kobro first exhibited.",
    "The novelist {{Ivan Goncharov|Иван Гончаров}} gave the language the word "
    "{{oblomovshchina|обломовщина}}, after his hero who never leaves his sofa. "
    "{{Nikolai Dobroliubov|Николай Добролюбов}} wrote the famous review, and Samuel Beckett later read the book "
    "in French.",
    "{{Nikolai Leskov|Николай Лесков}} wrote {{Ledi Makbet Mtsenskogo uezda|Леди Макбет Мценского уезда}} "
    "in 1865; a young composer from {{Leningrad|Ленинград}} turned it into an opera, which the party daily damned in 1936. "
    "Walter Benjamin wrote his essay on the storyteller about {{Leskov|Лесков}}.",
    "The futurist {{Vasilii Kamenskii|Василий Каменский}} printed his ferro-concrete poems on "
    "wallpaper, and {{Elena Guro|Елена Гуро}} published {{Sharmanka|Шарманка}} in 1909; their "
    "friends invented {{zaum'|заумь}}, a language beyond sense. Filippo Tommaso Marinetti visited "
    "Moscow in 1914 and was heckled.",
    "In the memoir of {{Nadezhda Mandel'shtam|Надежда Мандельштам}} the flat in "
    "{{Nashchokinskii pereulok|Нащокинский переулок}} is where the arrest took place in May 1934. "
    "{{Emma Gershtein|Эмма Герштейн}} was present; {{Isaak Babel'|Исаак Бабель}} heard of it the same night.",
    "Gulag memoirs use words that English lacks: a {{dokhodiaga|доходяга}} is a man worn to the "
    "bone, a {{blatnoi|блатной}} a professional criminal, and {{tufta|туфта}} the padding of "
    "work norms. Robert Conquest and Anne Applebaum both gloss them.",
    "In 1957 the students of {{Akademgorodok|Академгородок}} on the "
    "{{Ob'|Обь}} founded a club called {{Pod integralom|Под интегралом}}, where "
    "{{Aleksandr Galich|Александр Галич}} gave his only public concert in 1968. Western "
    "reporters such as Hedrick Smith wrote about it later.",
    "The chairman of the {{kolkhoz|колхоз}} counted the {{palochki|палочки}}, the strokes for workdays that "
    "decided each family's share of grain. A {{brigadir|бригадир}} kept the book, and the "
    "agronomist Gustav Richter, a German from {{Pokrovsk|Покровск}}, checked the seed.",
    "The Olympic skater {{Irina Rodnina|Ирина Роднина}} won three gold medals with two different "
    "partners, {{Aleksei Ulanov|Алексей Уланов}} and {{Aleksandr Zaitsev|Александр Зайцев}}. "
    "Her coach {{Tatiana Tarasova|Татьяна Тарасова}} later trained skaters from Japan and the "
    "United States, among them Shizuka Arakawa.",
    "The Finnish Winter War left the names of {{Grigorii Kulik|Григорий Кулик}} and "
    "{{Semyon Timoshenko|Семён Тимошенко}} in Finnish histories. Carl Gustaf Mannerheim held the "
    "line on the Karelian Isthmus, and Simo Häyhä became a legend at Kollaa.",
    "The German press of 1941 spelt the marshal {{Woroschilow|Ворошилов}} and the commander of "
    "the Western Front {{Konew|Конев}}. Heinz Guderian wrote that he had underrated the roads and "
    "the frost more than {{Budjonny|Будённый}}.",
    "In the ALA-LC catalogue the poet appears as {{Balʹmont|Бальмонт}}, "
    "{{Konstantin Dmitrievich|Константин Дмитриевич}}, with the collection "
    "{{Budem kak solnt͡se|Будем как солнце}} and his versions of Shelley and Edgar Allan Poe; he "
    "died at Noisy-le-Grand in 1942, and Paul Valéry sent flowers.",
    "Tie bars appear in the record for {{Zhukovskiĭ|Жуковский}}, {{Vasiliĭ Andreevich|Василий Андреевич}}: "
    "{{Ballady i povesti|Баллады и повести}}, "
    "{{Sankt-Peterburg|Санкт-Петербург}}, {{Tipografii͡a Imperatorskoĭ Akademii nauk|Типография Императорской Академии наук}}. "
    "Friedrich Schiller and Gottfried Bürger are among the poets he translated.",
    "The Wikipedia article on the physicist {{Pyotr Lebedev|Пётр Лебедев}} explains how he "
    "measured the pressure of light in 1899. James Clerk Maxwell had predicted it, and Ernest "
    "Nichols and Gordon Hull in New Hampshire confirmed it soon after.",
    "{{Aleksandr Popov|Александр Попов}} demonstrated a radio receiver at "
    "{{Kronshtadt|Кронштадт}} in 1895, and Russians still keep {{Den' radio|День радио}} on 7 "
    "May. Guglielmo Marconi took out his patent in London the following year.",
    "The engineer {{Vladimir Shukhov|Владимир Шухов}} built the lattice tower on "
    "{{Shabolovka|Шаболовка}} street in Moscow, from which radio and then television were "
    "broadcast. Gustave Eiffel's tower in Paris had used four times as much steel.",
    "Older English books describe the merchant {{Demidoff|Демидов}} and the estate of the "
    "{{Stroganoffs|Строгановы/Строганов}} in the [[Urals]], and the traveller William Coxe mentions "
    "{{Ekaterinburg|Екатеринбург}} and the road to {{Verkhotur'e|Верхотурье}}.",
    "In Paris the Ballets russes was the work of the impresario, but the "
    "designs of [[Léon]] {{Bakst|Бакст}} and {{Alexandre Benois|Александр Бенуа}} made its name. "
    "Jean Cocteau wrote the programmes, and Coco Chanel paid for a revival of "
    "{{Vesna sviashchennaia|Весна священная}}.",
    "French editions of the novelist give {{Ivan Gontcharov|Иван Гончаров}} and {{Saltykov-Chtchedrine|Салтыков-Щедрин}}; "
    "the translator Prosper Mérimée preferred {{Tourguénev|Тургенев}}, and Gustave Flaubert "
    "called him his old friend.",
    "In the years of {{zastoi|застой}} the cartoonists of {{Krokodil|Крокодил}} mocked the drunkard, the "
    "{{biurokrat|бюрократ}} and the {{spekuliant|спекулянт}}, but never the "
    "{{Politbiuro|Политбюро}}. Art Buchwald in Washington envied their circulation.",
    "{{Ivan Panaev|Иван Панаев}} and his wife {{Avdot'ia Panaeva|Авдотья Панаева}} kept the salon "
    "of {{Sovremennik|Современник}}; later {{Otechestvennye zapiski|Отечественные записки}} "
    "printed {{Gospoda Golovlevy|Господа Головлёвы}} in instalments. Charles Dickens was "
    "serialised in the same journals.",
    "The {{Peredvizhniki|Передвижники}} took their exhibitions from {{Peterburg|Петербург}} to "
    "{{Khar'kov|Харьков}} and {{Riazan'|Рязань}}. {{Ivan Kramskoi|Иван Крамской}} led them, and "
    "the collector {{Pavel Tret'iakov|Павел Третьяков}} bought their canvases, as Paul "
    "Durand-Ruel did for the Impressionists in Paris.",
    "Officers of the Imperial Navy remembered [[Tsushima]], where Admiral "
    "{{Zinovii Rozhestvenskii|Зиновий Рожественский}} lost his fleet to Tōgō Heihachirō in May "
    "1905. {{Novikov-Priboi|Новиков-Прибой}}, a sailor on the {{Orel|Орёл}}, wrote the best "
    "account.",
    "In Sofia Todor Zhivkov ruled from 1954, Vasil Levski is the national "
    "hero, and Hristo Botev's poems are read at school. Ivan Vazov wrote the great novel, and "
    "Stefan Stambolov led the government in the 1880s.",
    "Serbian and Croatian names crowd the chronicle of 1941: Draža Mihailović and Josip Broz "
    "Tito, Milovan Đilas and Aleksandar Ranković, Ante Pavelić in Zagreb. The British sent "
    "Fitzroy Maclean, and Evelyn Waugh followed him to Vis.",
    "Polish historians recall Józef Piłsudski, Roman Dmowski and Ignacy Paderewski, and the "
    "poets Czesław Miłosz and Zbigniew Herbert; Witold Gombrowicz spent the war in Buenos Aires, "
    "and Bruno Schulz was shot in Drohobycz in 1942.",
    "Czech and Hungarian exiles met in London: Jan Masaryk and Edvard Beneš, Mihály Károlyi and "
    "Arthur Koestler, with the writers Egon Hostovský and Sándor Márai in the background. Karel "
    "Čapek had died just before the war.",
    "The hockey coach {{Anatoly Tarasov|Анатолий Тарасов}} built the army team "
    "{{TsSKA|ЦСКА}}, and {{Viktor Tikhonov|Виктор Тихонов}} inherited it. Scotty Bowman and "
    "Wayne Gretzky faced them in the Canada Cup, and {{Viacheslav Fetisov|Вячеслав Фетисов}} later played in Detroit.",
    "The dissident {{Vladimir Bukovskii|Владимир Буковский}} was exchanged in Zurich in 1976 for "
    "the Chilean communist Luis Corvalán. Soviet prisoners sang a rhyme about the swap of a "
    "{{khuligan|хулиган}} for a general secretary, and Henry Kissinger arranged the exchange.",
    "The economist {{Nikolai Kondrat'ev|Николай Кондратьев}} described long waves in prices in "
    "1925, and Joseph Schumpeter named them after him. He was shot in 1938, the same year as "
    "{{Aleksandr Chaianov|Александр Чаянов}}, the theorist of the peasant farm.",
    "In Helsinki and Tallinn the dialects of Russian Old Believers survive; the "
    "{{staroobriadtsy|старообрядцы}} of Lake Peipus fish and grow onions. Estonian folklorists "
    "such as Oskar Loorits and Finnish scholars like Kustaa Vilkuna recorded their songs.",
    "ICAO passports spell the cosmonauts {{Pavel Popovich|Павел Попович}} and "
    "{{Andriian Nikolaev|Андриян Николаев}}, who flew in tandem in 1962 and later shook hands "
    "with Neil Armstrong in Paris.",
]
