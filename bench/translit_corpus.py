"""Evaluation material for the romanized-Russian detector, written for this bench.

- ``MIXED``: English sentences with romanized Russian marked ``{{latin|cyrillic}}`` (alternative
  answers separated by ``/``). Words, names and styles deliberately differ from the dev list.
- ``NON_RUSSIAN``: English, German, French, Polish, Czech and Latin sentences with no Russian.
- ``HELD_OUT``: Russian words and names (not in the dev list) romanized by every scheme at run
  time, embedded in English carrier sentences.
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
