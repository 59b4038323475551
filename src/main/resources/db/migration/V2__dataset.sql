-- The dataset: eras, actors, grievances, events, their links and the sources that support them.
-- Built from the two seed documents and checked against reference works; docs/data.md explains how,
-- gives the impact rubric and lists every correction. Curators change it through the API, not here.

insert into source_document (id, file_name, title, description) values
    (1, '000_b390f599aaf78cad.txt', 'Sino-Soviet Relations and Detente', 'A revision resource: a year-by-year timeline from 1949 to 1969 followed by untitled notes on the alliance, the Korean War, the thaw after Stalin and the causes of friction. It has no section headings.'),
    (2, '002_208eeb2e8e4ee72a.txt', 'Sino-Soviet Relations', 'Study notes in four parts (the Stalin era, the Khrushchev era, the Brezhnev era, and Indochina and rapprochement) with a heading for each topic.');

insert into era (id, slug, name, sequence_no, start_on, start_precision, end_on, end_precision, summary) values
    (1, 'stalin', 'The Stalin era', 1, date '1949-10-01', 'day', date '1953-03-05', 'day', 'From the proclamation of the People''s Republic to Stalin''s death. The new state leaned to the Soviet side and signed a thirty-year alliance, but Mao resented the terms Stalin exacted and the memory of Stalin''s hedging during the civil war. The Korean War bound the allies together and showed Stalin that China was worth having as one.'),
    (2, 'khrushchev', 'The Khrushchev era', 2, date '1953-03-05', 'day', date '1964-10-14', 'day', 'From Stalin''s death to Khrushchev''s removal. Generous Soviet aid and a warm alliance in the mid-1950s gave way, after the 1956 denunciation of Stalin, to quarrels over ideology, nuclear help, Taiwan and leadership of the communist world; advisers were withdrawn in 1960 and the parties were polemicising openly by 1963.'),
    (3, 'brezhnev', 'The Brezhnev era', 3, date '1964-10-14', 'day', date '1982-11-10', 'day', 'From Khrushchev''s fall to Brezhnev''s death: the deepest hostility. Party relations were broken off in 1966, the Cultural Revolution and the invasion of Czechoslovakia hardened both sides, and in 1969 the armies fought on the border. The contest moved to Indochina, where Moscow backed Vietnam and Beijing went to war with it.'),
    (4, 'rapprochement', 'Rapprochement', 4, date '1982-11-10', 'day', date '1991-12-26', 'day', 'From Brezhnev''s funeral, where China sent its foreign minister, to the end of the Soviet Union. Trade and exchanges resumed while China pressed its three conditions: Soviet troops off the border, out of Afghanistan, and Vietnam out of Cambodia. Gorbachev met them and went to Beijing in May 1989, where relations were normalised amid the Tiananmen protests.');

insert into actor (slug, name, original_name, kind, side, description, born_on, born_precision, died_on, died_precision) values
    ('mao-zedong', 'Mao Zedong', '毛泽东', 'person', 'prc', 'Chairman of the Chinese Communist Party from 1943 and founder of the People''s Republic; the dominant figure on the Chinese side until his death.', date '1893-12-26', 'day', date '1976-09-09', 'day'),
    ('joseph-stalin', 'Joseph Stalin', 'Иосиф Виссарионович Сталин', 'person', 'ussr', 'Leader of the Soviet Union from the late 1920s until his death; concluded the 1950 alliance with Mao.', date '1878-12-18', 'day', date '1953-03-05', 'day'),
    ('nikita-khrushchev', 'Nikita Khrushchev', 'Никита Сергеевич Хрущёв', 'person', 'ussr', 'First Secretary of the Soviet Communist Party from 1953 and premier from 1958 until his removal in 1964; denounced Stalin in 1956.', date '1894-04-15', 'day', date '1971-09-11', 'day'),
    ('leonid-brezhnev', 'Leonid Brezhnev', 'Леонид Ильич Брежнев', 'person', 'ussr', 'Khrushchev''s successor as Soviet party leader, from 1964 until his death in 1982.', date '1906-12-19', 'day', date '1982-11-10', 'day'),
    ('mikhail-gorbachev', 'Mikhail Gorbachev', 'Михаил Сергеевич Горбачёв', 'person', 'ussr', 'General Secretary of the Soviet Communist Party from 1985 and the last leader of the Soviet Union; normalised relations with China in 1989.', date '1931-03-02', 'day', date '2022-08-30', 'day'),
    ('deng-xiaoping', 'Deng Xiaoping', '邓小平', 'person', 'prc', 'General Secretary of the Chinese party in the 1950s and 1960s, its polemicist against Moscow, and China''s paramount leader from 1978.', date '1904-08-22', 'day', date '1997-02-19', 'day'),
    ('zhou-enlai', 'Zhou Enlai', '周恩来', 'person', 'prc', 'Premier of the People''s Republic from 1949 until his death, and its chief negotiator with Moscow.', date '1898-03-05', 'day', date '1976-01-08', 'day'),
    ('chiang-kai-shek', 'Chiang Kai-shek', '蔣中正', 'person', 'other', 'Leader of the Kuomintang and of the Republic of China, which he ruled from Taiwan after 1949.', date '1887-10-31', 'day', date '1975-04-05', 'day'),
    ('josip-broz-tito', 'Josip Broz Tito', 'Јосип Броз Тито', 'person', 'other', 'Leader of Yugoslavia, whose break with Stalin in 1948 made his name a byword for a communist who defied Moscow.', date '1892-05-07', 'day', date '1980-05-04', 'day'),
    ('pol-pot', 'Pol Pot', 'ប៉ុល ពត', 'person', 'other', 'Leader of the Khmer Rouge and of Democratic Kampuchea (1975-1979), China''s ally against Vietnam.', date '1925-01-01', 'year', date '1998-04-15', 'day'),
    ('alexei-kosygin', 'Alexei Kosygin', 'Алексей Николаевич Косыгин', 'person', 'ussr', 'Soviet premier from 1964 to 1980; met Mao in 1965 and Zhou Enlai at Beijing airport in 1969.', date '1904-02-21', 'day', date '1980-12-18', 'day'),
    ('georgy-malenkov', 'Georgy Malenkov', 'Георгий Максимилианович Маленков', 'person', 'ussr', 'Chairman of the Soviet Council of Ministers from Stalin''s death until 1955, at first the senior figure of the collective leadership.', date '1902-01-08', 'day', date '1988-01-14', 'day'),
    ('rodion-malinovsky', 'Rodion Malinovsky', 'Родион Яковлевич Малиновский', 'person', 'ussr', 'Soviet Minister of Defence from 1957 to 1967.', date '1898-11-23', 'day', date '1967-03-31', 'day'),
    ('huang-hua', 'Huang Hua', '黄华', 'person', 'prc', 'Chinese foreign minister from 1976 to 1982; represented China at Brezhnev''s funeral.', date '1913-01-25', 'day', date '2010-11-24', 'day'),
    ('yuri-andropov', 'Yuri Andropov', 'Юрий Владимирович Андропов', 'person', 'ussr', 'Brezhnev''s successor as Soviet party leader, from November 1982 until his death in 1984.', date '1914-06-15', 'day', date '1984-02-09', 'day'),
    ('konstantin-chernenko', 'Konstantin Chernenko', 'Константин Устинович Черненко', 'person', 'ussr', 'Soviet party leader from February 1984 until his death in March 1985.', date '1911-09-24', 'day', date '1985-03-10', 'day'),
    ('hua-guofeng', 'Hua Guofeng', '华国锋', 'person', 'prc', 'Mao''s successor as Chairman of the Chinese party (1976-1981); ordered the arrest of the Gang of Four.', date '1921-02-16', 'day', date '2008-08-20', 'day'),
    ('ussr', 'Soviet Union', 'Союз Советских Социалистических Республик', 'state', 'ussr', 'The Union of Soviet Socialist Republics (1922-1991).', null, null, null, null),
    ('prc', 'People''s Republic of China', '中华人民共和国', 'state', 'prc', 'The state proclaimed by the Chinese Communist Party on 1 October 1949.', null, null, null, null),
    ('united-states', 'United States', null, 'state', 'other', 'The United States of America, the adversary of both communist powers and, from the 1970s, China''s partner against Moscow.', null, null, null, null),
    ('republic-of-china', 'Republic of China (Taiwan)', '中華民國', 'state', 'other', 'The Kuomintang state, confined after 1949 to Taiwan, the Pescadores and offshore islands such as Quemoy and Matsu.', null, null, null, null),
    ('north-korea', 'North Korea', '조선민주주의인민공화국', 'state', 'other', 'The Democratic People''s Republic of Korea, which invaded the South in 1950 and was rescued by Chinese troops.', null, null, null, null),
    ('mongolia', 'Mongolia', 'Бүгд Найрамдах Монгол Ард Улс', 'state', 'other', 'The Mongolian People''s Republic (Outer Mongolia), a Soviet satellite whose independence China had to accept in 1950.', null, null, null, null),
    ('albania', 'Albania', 'Republika Popullore e Shqipërisë', 'state', 'other', 'The People''s Republic of Albania, which broke with Moscow in 1961 and became China''s ally in Europe.', null, null, null, null),
    ('romania', 'Romania', 'Republica Populară Romînă', 'state', 'other', 'The Romanian People''s Republic, which asserted its independence within the Soviet bloc in 1964.', null, null, null, null),
    ('hungary', 'Hungary', 'Magyar Népköztársaság', 'state', 'other', 'The Hungarian People''s Republic, where a popular uprising was crushed by Soviet troops in 1956.', null, null, null, null),
    ('poland', 'Poland', 'Polska Rzeczpospolita Ludowa', 'state', 'other', 'The Polish People''s Republic, whose 1956 defiance of Moscow ended without Soviet intervention.', null, null, null, null),
    ('east-germany', 'East Germany', 'Deutsche Demokratische Republik', 'state', 'other', 'The German Democratic Republic, where a workers'' rising was put down by Soviet forces in June 1953.', null, null, null, null),
    ('austria', 'Austria', 'Republik Österreich', 'state', 'other', 'Austria, restored to independence and neutrality by the 1955 State Treaty.', null, null, null, null),
    ('india', 'India', 'भारत गणराज्य', 'state', 'other', 'The Republic of India, which fought China in 1962 while buying Soviet aircraft.', null, null, null, null),
    ('cuba', 'Cuba', 'República de Cuba', 'state', 'other', 'Revolutionary Cuba, where the Soviet Union placed nuclear missiles in 1962.', null, null, null, null),
    ('czechoslovakia', 'Czechoslovakia', 'Československá socialistická republika', 'state', 'other', 'The Czechoslovak Socialist Republic, invaded by the Warsaw Pact in August 1968.', null, null, null, null),
    ('vietnam', 'Vietnam', 'Việt Nam', 'state', 'other', 'North Vietnam (the Democratic Republic of Vietnam) and, from 1976, the unified Socialist Republic of Vietnam.', null, null, null, null),
    ('cambodia', 'Cambodia (Democratic Kampuchea)', 'កម្ពុជាប្រជាធិបតេយ្យ', 'state', 'other', 'Democratic Kampuchea, the Khmer Rouge state (1975-1979), overthrown by the Vietnamese invasion.', null, null, null, null),
    ('afghanistan', 'Afghanistan', 'د افغانستان دموکراتیک جمهوریت', 'state', 'other', 'The Democratic Republic of Afghanistan, invaded by the Soviet Union in December 1979.', null, null, null, null),
    ('south-africa', 'South Africa', null, 'state', 'other', 'The apartheid Republic of South Africa, named in Soviet accusations against China during the Cultural Revolution.', null, null, null, null),
    ('west-germany', 'West Germany', 'Bundesrepublik Deutschland', 'state', 'other', 'The Federal Republic of Germany, named in Soviet accusations against China during the Cultural Revolution.', null, null, null, null),
    ('cpsu', 'Communist Party of the Soviet Union', 'Коммунистическая партия Советского Союза', 'party', 'ussr', 'The ruling party of the Soviet Union.', null, null, null, null),
    ('ccp', 'Chinese Communist Party', '中国共产党', 'party', 'prc', 'The ruling party of the People''s Republic of China.', null, null, null, null),
    ('kuomintang', 'Kuomintang (GMD)', '中國國民黨', 'party', 'other', 'The Chinese Nationalist Party, defeated in the civil war; it ruled the Republic of China on Taiwan.', null, null, null, null),
    ('peoples-volunteer-army', 'Chinese People''s Volunteers', '中国人民志愿军', 'organisation', 'prc', 'The Chinese army sent into the Korean War in October 1950 under the name of volunteers.', null, null, null, null),
    ('gang-of-four', 'Gang of Four', '四人帮', 'organisation', 'prc', 'Jiang Qing and three associates who led the radical wing of the Cultural Revolution; arrested in October 1976.', null, null, null, null),
    ('non-aligned-movement', 'Non-Aligned Movement', null, 'organisation', 'other', 'The association of states outside both Cold War blocs, founded in 1961 with India among its leaders.', null, null, null, null);

insert into era_leader (era_id, actor_id, sequence_no) values
    (1, (select id from actor where slug = 'joseph-stalin'), 0),
    (1, (select id from actor where slug = 'mao-zedong'), 1),
    (2, (select id from actor where slug = 'georgy-malenkov'), 0),
    (2, (select id from actor where slug = 'nikita-khrushchev'), 1),
    (2, (select id from actor where slug = 'mao-zedong'), 2),
    (3, (select id from actor where slug = 'leonid-brezhnev'), 0),
    (3, (select id from actor where slug = 'mao-zedong'), 1),
    (3, (select id from actor where slug = 'hua-guofeng'), 2),
    (3, (select id from actor where slug = 'deng-xiaoping'), 3),
    (4, (select id from actor where slug = 'yuri-andropov'), 0),
    (4, (select id from actor where slug = 'konstantin-chernenko'), 1),
    (4, (select id from actor where slug = 'mikhail-gorbachev'), 2),
    (4, (select id from actor where slug = 'deng-xiaoping'), 3);

insert into grievance (slug, title, category, held_by, description) values
    ('stalin-civil-war-stance', 'Stalin''s half-hearted support in the civil war', 'diplomacy-personal', 'prc', 'Mao never forgot that Stalin had underestimated the Chinese communists, urged them to make terms with the Kuomintang and treated with Chiang Kai-shek to secure Soviet interests in Manchuria and Xinjiang. He suspected Stalin wanted a weak, divided China, and felt treated as a suspect, another Tito.'),
    ('personal-slights', 'Slights and humiliations between leaders', 'diplomacy-personal', 'both', 'Each side remembered being belittled by the other: Mao''s cool reception in Moscow in 1949-50, Khrushchev''s discomfort at the swimming-pool talks of 1958, Marshal Malinovsky''s insult to Zhou Enlai in 1964.'),
    ('mongolia-and-manchuria', 'Soviet hold on Outer Mongolia and rights in Manchuria', 'territory', 'prc', 'The 1950 treaty made China accept the independence of Soviet-dominated Outer Mongolia and left the Soviet Union its railway and naval rights in Manchuria for years; Khrushchev returned Port Arthur but refused to discuss Mongolia, which later hosted Soviet troops.'),
    ('border-dispute', 'The disputed frontier', 'territory', 'both', 'China regarded the nineteenth-century boundary treaties as unequal and the river islands as Chinese; the Soviet Union held the line. The dispute turned to fighting in 1969.'),
    ('aid-on-hard-terms', 'Aid that had to be paid for', 'economy', 'prc', 'Soviet help came as credits to be repaid with interest and in goods, and Moscow had China pay for the arms it supplied for the Korean War, which drained China''s finances and deepened its dependence.'),
    ('withdrawal-of-soviet-aid', 'The sudden end of Soviet aid', 'economy', 'prc', 'In the summer of 1960 Moscow recalled its experts, tore up contracts and abandoned projects within weeks, leaving factories half built; it became a lasting Chinese charge of bad faith.'),
    ('de-stalinisation', 'De-Stalinisation and the cult of personality', 'ideology', 'prc', 'Khrushchev''s denunciation of Stalin, made without consulting Beijing, undermined a figure Mao had upheld and read in China as an attack on Mao''s own style of leadership.'),
    ('peaceful-coexistence', 'Peaceful coexistence with the West', 'ideology', 'prc', 'Khrushchev''s doctrine that war with capitalism was avoidable, and his summitry with the West, struck Mao as an abandonment of revolution; the Cuban retreat and the test ban treaty confirmed it in Chinese eyes.'),
    ('revisionism-polemics', 'Charges of revisionism and dogmatism', 'ideology', 'both', 'From 1960 each party accused the other of betraying Marxism-Leninism, Beijing calling Moscow ''revisionist'' and restoring capitalism, Moscow calling Beijing dogmatic, adventurist and Trotskyist, until party relations ended.'),
    ('rival-paths-to-socialism', 'Rival roads to socialism', 'ideology', 'both', 'Mao''s revolution rested on the peasants, not the urban workers of Soviet orthodoxy. The Great Leap Forward claimed a faster road to communism that Moscow derided, the Cultural Revolution appalled it, and in 1989 the two reform courses diverged sharply.'),
    ('leadership-of-world-communism', 'Who leads the communist world', 'leadership-rivalry', 'both', 'China accepted Soviet primacy in 1950 but after 1956 contested it, courting parties such as Albania''s and Romania''s and claiming to be the true guardian of Marxism-Leninism.'),
    ('influence-in-asia', 'Rivalry for influence in Asia', 'leadership-rivalry', 'both', 'Each power sought to lead Asia''s communists: China in Korea and Indochina, the Soviet Union through aid and treaties with Mongolia, North Korea and Vietnam that Beijing saw as encirclement.'),
    ('nuclear-sharing', 'Nuclear help promised and withheld', 'security-nuclear', 'prc', 'Moscow promised China a sample atomic bomb in 1957 and reneged in 1959, then signed a test ban with the West; Beijing saw a bid to keep it dependent and built its bomb alone.'),
    ('taiwan-question', 'Taiwan and the offshore islands', 'security-nuclear', 'prc', 'China wanted Soviet backing to finish the civil war against the Kuomintang on Taiwan; Moscow, fearing nuclear war with the United States, gave only cautious support and resented not being consulted.'),
    ('chinese-adventurism', 'Chinese brinkmanship and the risk of nuclear war', 'security-nuclear', 'ussr', 'Soviet leaders thought Mao reckless: casual about nuclear war, ready to provoke the United States over Taiwan, and, in the Cultural Revolution, fanatical.'),
    ('soviet-military-threat', 'Soviet military pressure and the Brezhnev doctrine', 'security-nuclear', 'prc', 'After the invasion of Czechoslovakia, China feared the Soviet claim to intervene in socialist states could be turned on it; troops massed on the border and in Mongolia, and the invasion of Afghanistan, kept the fear alive.'),
    ('soviet-handling-of-eastern-europe', 'Soviet handling of Eastern Europe', 'third-parties', 'prc', 'The risings in East Germany, Poland and Hungary persuaded Mao that Khrushchev''s leadership was weakening the bloc against its enemies.'),
    ('soviet-backing-of-india', 'Soviet backing for India', 'third-parties', 'prc', 'Moscow stayed neutral between a socialist ally and a bourgeois state in the Sino-Indian dispute and sold India MiG fighters, which Beijing took as betrayal.'),
    ('vietnam-and-cambodia', 'Vietnam and Cambodia', 'third-parties', 'prc', 'The Soviet alliance with Vietnam, and its support for Vietnam''s occupation of Cambodia, set the two powers against each other in Indochina; China made Vietnam''s withdrawal the main condition for normal relations.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('prc-founded', 'The People''s Republic of China is proclaimed',
     'Having won the civil war against the Kuomintang, Mao proclaims the People''s Republic in Beijing; the Soviet Union recognises it the next day.',
     'The communist victory gave Moscow a huge new ally, but one that owed it less than Stalin liked to think. Stalin had hedged through the civil war, urged the communists to settle with the Kuomintang and dealt with Chiang Kai-shek to secure Soviet interests; Mao remembered. The Soviet Union was nonetheless the first state to recognise the new government, on 2 October 1949, and Mao declared that China would lean to the Soviet side.',
     date '1949-10-01', 'day', null, null, date '1949-10-01', (select id from era where slug = 'stalin'), 'founding', 1, 'Tiananmen, Beijing', 39.9087, 116.3975,
     'Seed 000 gives only the year. The dataset dates the proclamation to 1 October 1949, the day Mao announced it in Tiananmen Square, and begins the Stalin era on that day.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'prc-founded'), (select id from actor where slug = 'mao-zedong'), 0, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'prc-founded'), (select id from actor where slug = 'ccp'), 1, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'prc-founded'), (select id from actor where slug = 'prc'), 2, 'subject');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'prc-founded'), (select id from actor where slug = 'ussr'), 3, 'supporter');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'prc-founded'), (select id from actor where slug = 'kuomintang'), 4, 'target');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'prc-founded'), (select id from grievance where slug = 'stalin-civil-war-stance'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'prc-founded'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', '1949 Creation of communist government in China');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'prc-founded'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 1, 'Early relationship (The Stalin Era) > Pre-PRC Period', 'Stalin never properly supported the CPC in the Chinese Civil War');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('mao-visits-moscow', 'Mao''s first visit to Moscow',
     'Mao spends two months in Moscow negotiating a new alliance, kept waiting for weeks and, by his own account, poorly treated.',
     'Mao arrived for Stalin''s seventieth birthday and stayed to negotiate a treaty to replace the one Stalin had signed with Chiang Kai-shek in 1945. Stalin at first resisted, and Mao was left for days in a dacha outside the city. Zhou Enlai came to finish the negotiations in January. Mao later counted the visit among the humiliations he had suffered from Stalin, along with his advice in the civil war.',
     date '1949-12-16', 'day', date '1950-02-17', 'day', date '1950-02-17', (select id from era where slug = 'stalin'), 'visit', 0, 'Moscow', 55.752, 37.6175,
     'Seed 002 says Mao was invited to Moscow in 1950. He arrived on 16 December 1949 (his telegram to Liu Shaoqi of 18 December reports arriving on the 16th) and left Moscow on 17 February 1950, so the dataset starts the visit in 1949 and ends it in 1950.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'mao-visits-moscow'), (select id from actor where slug = 'mao-zedong'), 0, 'visitor');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'mao-visits-moscow'), (select id from actor where slug = 'joseph-stalin'), 1, 'host');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'mao-visits-moscow'), (select id from actor where slug = 'zhou-enlai'), 2, 'negotiator');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'mao-visits-moscow'), (select id from grievance where slug = 'stalin-civil-war-stance'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'mao-visits-moscow'), (select id from grievance where slug = 'personal-slights'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'mao-visits-moscow'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Early relationship (The Stalin Era) > Sino-Soviet Treaty', 'Mao was invited to visit Moscow in 1950');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'mao-visits-moscow'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 1, 'Notes after the timeline', 'Mao respected Stalin, but frustrated by Stalin’s failure to support communists during Chinese civil war');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('sino-soviet-treaty-1950', 'Treaty of Friendship, Alliance and Mutual Assistance',
     'A thirty-year alliance binds the two states against Japan and its allies, with a Soviet loan and the promise to return Manchurian railway and port rights.',
     'The treaty, signed in the Kremlin by Zhou Enlai and Andrei Vyshinsky, committed each side to defend the other. Accompanying agreements gave China a credit of US$300 million over five years and promised the return of the Chinese Changchun Railway and Port Arthur by 1952. China had to accept the independence of Outer Mongolia and, in practice, Soviet leadership of the communist world; the Chinese resented the terms, and Khrushchev later called the treaty unfair.',
     date '1950-02-14', 'day', null, null, date '1950-02-14', (select id from era where slug = 'stalin'), 'treaty', 2, 'Moscow', 55.752, 37.6175,
     'Seed 000 says the aid was ''to be repaid at high rate of interest''. The loan agreement of the same day set interest at 1 per cent a year; the dataset records that rate and treats Chinese resentment as directed at the size of the credit, repayment in goods and the concessions, not the rate. Seed 000 also says sovereignty in Manchuria was restored; the treaty promised it, but the railway was returned only at the end of 1952 and Port Arthur in May 1955.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-soviet-treaty-1950'), (select id from actor where slug = 'zhou-enlai'), 0, 'signatory');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-soviet-treaty-1950'), (select id from actor where slug = 'mao-zedong'), 1, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-soviet-treaty-1950'), (select id from actor where slug = 'joseph-stalin'), 2, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-soviet-treaty-1950'), (select id from actor where slug = 'prc'), 3, 'signatory');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-soviet-treaty-1950'), (select id from actor where slug = 'ussr'), 4, 'signatory');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-soviet-treaty-1950'), (select id from actor where slug = 'mongolia'), 5, 'subject');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'sino-soviet-treaty-1950'), (select id from grievance where slug = 'mongolia-and-manchuria'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'sino-soviet-treaty-1950'), (select id from grievance where slug = 'aid-on-hard-terms'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'sino-soviet-treaty-1950'), (select id from grievance where slug = 'leadership-of-world-communism'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'sino-soviet-treaty-1950'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', '1950 Treaty of Friendship, Alliance and Mutual Assistance signed. Chinese resentful at USSR’s terms over Mongolia.');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'sino-soviet-treaty-1950'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 1, 'Notes after the timeline', 'terms of agreement said air was to be repaid at high rate of interest');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'sino-soviet-treaty-1950'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 2, 'Early relationship (The Stalin Era) > Sino-Soviet Treaty', 'Even Nikita Khrushchev saw the treaty as being another unfair treaty for the Chinese.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('korean-war', 'The Korean War',
     'North Korea''s invasion of the South draws in the United States and then China; the Soviet Union supplies arms but keeps its own troops out.',
     'The war was the alliance''s first test. Stalin approved Kim Il-sung''s attack but wanted no direct clash with the United States, so China carried the fighting while the Soviet Union supplied weapons, equipment and air cover along the Yalu, and had China pay for them. The war drained China''s finances and deepened its dependence, but its troops'' performance persuaded Stalin that China was a valuable ally. The armistice was signed at Panmunjom on 27 July 1953.',
     date '1950-06-25', 'day', date '1953-07-27', 'day', date '1953-07-27', (select id from era where slug = 'stalin'), 'war', 1, 'Korean Peninsula', 38.3, 127.2,
     'Seed 000 gives 1950-53. The dataset uses the outbreak on 25 June 1950 and the armistice of 27 July 1953.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'korean-war'), (select id from actor where slug = 'north-korea'), 0, 'belligerent');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'korean-war'), (select id from actor where slug = 'united-states'), 1, 'belligerent');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'korean-war'), (select id from actor where slug = 'prc'), 2, 'belligerent');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'korean-war'), (select id from actor where slug = 'ussr'), 3, 'supplier');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'korean-war'), (select id from actor where slug = 'joseph-stalin'), 4, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'korean-war'), (select id from actor where slug = 'mao-zedong'), 5, 'leader');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'korean-war'), (select id from grievance where slug = 'aid-on-hard-terms'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'korean-war'), (select id from grievance where slug = 'influence-in-asia'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'korean-war'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', '1950-53 Korean War. First test of new alliance.');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'korean-war'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 1, 'Notes after the timeline', 'Persuaded Stalin China was a useful ally');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'korean-war'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 2, 'Early relationship (The Stalin Era) > The Korean War', 'The Soviets still demanded that China pay for all weapons and amterials');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('chinese-intervention-in-korea', 'Chinese troops cross the Yalu into Korea',
     'Chinese forces, called the People''s Volunteers, secretly cross into North Korea and soon drive United Nations forces back south.',
     'Mao decided to intervene when UN forces crossed the 38th parallel, after Stalin had made clear the Soviet Union would not fight. The first wave of some quarter of a million men crossed on 19 October 1950 and attacked six days later. Chinese strength in Korea later grew past a million, and some three million Chinese served there in rotation before the last troops left in 1958.',
     date '1950-10-19', 'day', null, null, date '1950-10-19', (select id from era where slug = 'stalin'), 'war', 1, 'Yalu River crossing at Dandong', 40.1242, 124.3926,
     'The seeds give two figures: 270,000 (seed 000) and 1 million (seed 002). They count different things: roughly 250,000-270,000 men crossed in the first wave of October-November 1950, while peak strength later exceeded one million (Chinese sources give 1.34 million). The dataset keeps both, each for what it counts.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'chinese-intervention-in-korea'), (select id from actor where slug = 'peoples-volunteer-army'), 0, 'belligerent');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'chinese-intervention-in-korea'), (select id from actor where slug = 'prc'), 1, 'belligerent');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'chinese-intervention-in-korea'), (select id from actor where slug = 'mao-zedong'), 2, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'chinese-intervention-in-korea'), (select id from actor where slug = 'joseph-stalin'), 3, 'supporter');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'chinese-intervention-in-korea'), (select id from actor where slug = 'north-korea'), 4, 'recipient');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'chinese-intervention-in-korea'), (select id from grievance where slug = 'aid-on-hard-terms'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'chinese-intervention-in-korea'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Notes after the timeline', 'Happy that Mao willing to send 270,000 to defend North Korea.');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'chinese-intervention-in-korea'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 1, 'Early relationship (The Stalin Era) > The Korean War', '1 million Chinese Troops');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('stalin-dies', 'Stalin dies',
     'Stalin dies after a stroke. A collective leadership headed by Georgy Malenkov takes over, and relations with China begin to warm.',
     'Stalin''s death removed the man Mao had deferred to and resented. His successors, competing among themselves, courted Beijing with more aid and concessions, and the next few years were the warmest of the alliance. Malenkov became premier; Khrushchev won control of the party secretariat and became First Secretary that September.',
     date '1953-03-05', 'day', null, null, date '1953-03-05', (select id from era where slug = 'stalin'), 'death', 1, 'Kuntsevo Dacha, Moscow', 55.7222, 37.4536,
     'Seed 000 says Stalin was ''replaced by Khrushchev''. Stalin''s immediate successor as head of government was Georgy Malenkov; Khrushchev became First Secretary of the party on 7 September 1953 and dominated only from 1955. The dataset records the succession in two events. Stalin died on 5 March, the day that closes the Stalin era.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'stalin-dies'), (select id from actor where slug = 'joseph-stalin'), 0, 'subject');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'stalin-dies'), (select id from actor where slug = 'georgy-malenkov'), 1, 'successor');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'stalin-dies'), (select id from actor where slug = 'nikita-khrushchev'), 2, 'participant');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'stalin-dies'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', '1953 Stalin dies. Replaced by Khrushchev.');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'stalin-dies'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 1, 'Notes after the timeline', 'Relations had improved following Stalin’s death in ’53');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'stalin-dies'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 2, 'Khrushchev Era > Initial Relations', 'With the death of Stalin, there were hopes for improved Sino-Soviet relations');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('soviet-aid-agreement-1953', 'Soviet industrial aid agreement',
     'Moscow agrees to help build 91 major industrial enterprises, the core of what became the ''156 projects'' of China''s first Five-Year Plan.',
     'The agreement of 15 May 1953 committed Soviet design bureaus, equipment and experts to steelworks, power stations, mines, and machine-building, vehicle and chemical plants. Further agreements, notably in October 1954, brought the total to 156 key projects. Thousands of Soviet specialists worked in China and thousands of Chinese students trained in Soviet universities: the material heart of the alliance.',
     date '1953-05-15', 'day', null, null, date '1953-05-15', (select id from era where slug = 'khrushchev'), 'aid', 2, 'Moscow', 55.752, 37.6175,
     'The seeds count the projects differently: 116 plants (seed 000) and ''some 200'' projects (seed 002). Neither matches the figure in Chinese and Soviet records, 156 key projects settled by October 1954 (with more agreed later in the decade). The dataset dates the aid to the founding agreement of 15 May 1953 and uses 156.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-aid-agreement-1953'), (select id from actor where slug = 'ussr'), 0, 'donor');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-aid-agreement-1953'), (select id from actor where slug = 'prc'), 1, 'recipient');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'soviet-aid-agreement-1953'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Notes after the timeline', '116 fully equipped industrial plants constructed. 8000 Chinese students educated in USSR’s universities.');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'soviet-aid-agreement-1953'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 1, 'Early relationship (The Stalin Era) > Sino-Soviet Treaty', 'Soviet planners and engineers were sent to China to aid in some 200 Chinese construction project in the 1950s.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('east-german-uprising', 'Soviet troops put down the rising in East Germany',
     'Strikes and protests across East Germany are crushed by Soviet tanks, the first rising against a Soviet-installed regime.',
     'Building workers in East Berlin struck against raised work quotas and the protest spread across the country before Soviet forces restored order. It was the first sign that the bloc Stalin left behind was brittle, part of the record of Soviet troubles in Eastern Europe that later shaped Mao''s judgement of Moscow.',
     date '1953-06-17', 'day', null, null, date '1953-06-17', (select id from era where slug = 'khrushchev'), 'uprising', 0, 'East Berlin', 52.52, 13.405,
     'Seed 002 mentions Soviet ''problems in Poland and Germany'' without a date. For Germany the dataset takes the rising of 17 June 1953, the only Soviet crisis in East Germany in the period; it had no direct effect on Sino-Soviet relations at the time, hence impact 0.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'east-german-uprising'), (select id from actor where slug = 'east-germany'), 0, 'subject');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'east-german-uprising'), (select id from actor where slug = 'ussr'), 1, 'aggressor');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'east-german-uprising'), (select id from grievance where slug = 'soviet-handling-of-eastern-europe'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'east-german-uprising'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Khrushchev Era > Initial Relations', 'Soviet problems in Poland and Germany');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('khrushchev-first-secretary', 'Khrushchev becomes First Secretary',
     'The Central Committee elects Nikita Khrushchev First Secretary, giving him the party machine from which he will outmanoeuvre his rivals.',
     'Khrushchev had run the secretariat since March; the plenum of September 1953 gave him the title. He forced Malenkov out of the premiership in February 1955 and defeated the ''anti-party group'' in June 1957, becoming premier as well in 1958.',
     date '1953-09-07', 'day', null, null, date '1953-09-07', (select id from era where slug = 'khrushchev'), 'leadership-change', 0, 'Moscow', 55.752, 37.6175,
     'Seed 000 has Khrushchev replace Stalin in 1953 without a date. The dataset dates his election as First Secretary to 7 September 1953 (it was announced on the 13th).');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'khrushchev-first-secretary'), (select id from actor where slug = 'nikita-khrushchev'), 0, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'khrushchev-first-secretary'), (select id from actor where slug = 'cpsu'), 1, 'subject');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'khrushchev-first-secretary'), (select id from actor where slug = 'georgy-malenkov'), 2, 'participant');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'khrushchev-first-secretary'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', '1953 Stalin dies. Replaced by Khrushchev.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('geneva-conference-1954', 'Geneva Conference on Korea and Indochina',
     'China''s first great international conference, where Zhou Enlai and the Soviet delegation worked together toward the Indochina settlement.',
     'The conference failed on Korea but ended the French war in Indochina, dividing Vietnam at the 17th parallel. Zhou Enlai and Molotov coordinated closely and pressed the Vietnamese communists to accept partition, a high point of Sino-Soviet cooperation and of China''s standing as a great power.',
     date '1954-04-26', 'day', date '1954-07-21', 'day', date '1954-07-21', (select id from era where slug = 'khrushchev'), 'conference', 1, 'Geneva', 46.2044, 6.1432,
     'Seed 000 gives only the year. The conference sat from 26 April to 21 July 1954.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'geneva-conference-1954'), (select id from actor where slug = 'zhou-enlai'), 0, 'delegate');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'geneva-conference-1954'), (select id from actor where slug = 'prc'), 1, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'geneva-conference-1954'), (select id from actor where slug = 'ussr'), 2, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'geneva-conference-1954'), (select id from actor where slug = 'vietnam'), 3, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'geneva-conference-1954'), (select id from actor where slug = 'united-states'), 4, 'participant');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'geneva-conference-1954'), (select id from grievance where slug = 'influence-in-asia'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'geneva-conference-1954'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Notes after the timeline', 'Geneva conference of ’54 showed positive relationship');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('first-taiwan-strait-crisis', 'First Taiwan Strait Crisis',
     'Chinese artillery shells Nationalist-held Quemoy and then other offshore islands, prompting a US-Taiwan defence treaty.',
     'The bombardment of Quemoy (Kinmen) began on 3 September 1954 and spread to the Matsu and Dachen islands; in January 1955 the People''s Liberation Army took Yijiangshan. The United States signed a defence treaty with the Republic of China and Congress authorised the president to defend Taiwan. The crisis eased after Zhou Enlai offered talks at Bandung in April 1955, and the shelling stopped in May.',
     date '1954-09-03', 'day', date '1955-05-01', 'day', date '1955-05-01', (select id from era where slug = 'khrushchev'), 'crisis', -1, 'Kinmen (Quemoy)', 24.4492, 118.3767,
     'Seed 000 says China began ''bombing of Taiwan''. The shelling fell on the offshore islands held by the Republic of China, Quemoy first, not on Taiwan itself; the dataset names them. The seed''s claim that Khrushchev refused to support China is kept as the seed''s; open Soviet-Chinese friction over the offshore islands is better documented for the 1958 crisis.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'first-taiwan-strait-crisis'), (select id from actor where slug = 'prc'), 0, 'belligerent');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'first-taiwan-strait-crisis'), (select id from actor where slug = 'republic-of-china'), 1, 'belligerent');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'first-taiwan-strait-crisis'), (select id from actor where slug = 'kuomintang'), 2, 'defender');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'first-taiwan-strait-crisis'), (select id from actor where slug = 'chiang-kai-shek'), 3, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'first-taiwan-strait-crisis'), (select id from actor where slug = 'united-states'), 4, 'supporter');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'first-taiwan-strait-crisis'), (select id from actor where slug = 'mao-zedong'), 5, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'first-taiwan-strait-crisis'), (select id from actor where slug = 'nikita-khrushchev'), 6, 'critic');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'first-taiwan-strait-crisis'), (select id from grievance where slug = 'taiwan-question'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'first-taiwan-strait-crisis'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', '1954 China begins bombing of Taiwan. Khrushchev refuses to support this');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('khrushchev-visits-beijing-1954', 'Khrushchev''s first visit to Beijing',
     'For the fifth anniversary of the People''s Republic, Khrushchev brings a generous package: Port Arthur returned, joint companies handed over, new loans and projects.',
     'It was the first visit to China by a Soviet leader. Khrushchev agreed to withdraw from the Port Arthur naval base, give up the Soviet shares in four joint-stock companies, lend 520 million roubles and add 15 industrial projects. When Mao raised the return of Outer Mongolia, Khrushchev refused to discuss it, and Moscow kept its influence in North Korea.',
     date '1954-09-29', 'day', date '1954-10-01', 'month', date '1954-10-31', (select id from era where slug = 'khrushchev'), 'visit', 1, 'Beijing', 39.9042, 116.4074,
     'Seed 000 dates the visit to October 1954. Khrushchev arrived on 29 September, for the 1 October celebrations, and the agreements were signed on 11-12 October; he left China later in October, the end recorded at month precision.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'khrushchev-visits-beijing-1954'), (select id from actor where slug = 'nikita-khrushchev'), 0, 'visitor');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'khrushchev-visits-beijing-1954'), (select id from actor where slug = 'mao-zedong'), 1, 'host');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'khrushchev-visits-beijing-1954'), (select id from actor where slug = 'zhou-enlai'), 2, 'host');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'khrushchev-visits-beijing-1954'), (select id from actor where slug = 'mongolia'), 3, 'subject');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'khrushchev-visits-beijing-1954'), (select id from actor where slug = 'north-korea'), 4, 'subject');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'khrushchev-visits-beijing-1954'), (select id from grievance where slug = 'mongolia-and-manchuria'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'khrushchev-visits-beijing-1954'), (select id from grievance where slug = 'influence-in-asia'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'khrushchev-visits-beijing-1954'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', '1954 Oct Khrushchev’s first visit to Beijing. Refusal to lessen soviet ties in Mongolia or let China expand control in North Korea.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('soviet-withdrawal-from-port-arthur', 'Soviet forces leave Port Arthur',
     'Under the agreement of October 1954, Soviet troops withdraw from the naval base at Lüshun and hand it over to China without compensation.',
     'Port Arthur had been a Soviet base since 1945 under the treaty with Chiang Kai-shek; the 1950 treaty promised its return by 1952, but China asked for Soviet forces to stay during the Korean War. Its handover in May 1955 ended the last Soviet military presence in China.',
     date '1955-05-01', 'month', null, null, date '1955-05-31', (select id from era where slug = 'khrushchev'), 'diplomacy', 1, 'Lüshun (Port Arthur)', 38.8122, 121.2611,
     'Seed 000 calls it ''Soviet territory in Lushun''. Lüshun was Chinese territory with a naval base under joint use, not Soviet territory. The seed ties it to Khrushchev''s agreement (October 1954); the withdrawal itself was completed in May 1955, the date the dataset uses, at month precision because sources differ on the day.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-withdrawal-from-port-arthur'), (select id from actor where slug = 'ussr'), 0, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-withdrawal-from-port-arthur'), (select id from actor where slug = 'prc'), 1, 'recipient');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-withdrawal-from-port-arthur'), (select id from actor where slug = 'nikita-khrushchev'), 2, 'leader');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'soviet-withdrawal-from-port-arthur'), (select id from grievance where slug = 'mongolia-and-manchuria'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'soviet-withdrawal-from-port-arthur'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Notes after the timeline', 'Khrush agreed to give up Soviet territory in Lushun');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('austrian-state-treaty', 'Austrian State Treaty',
     'The four occupying powers restore Austria''s independence on condition of neutrality, and Soviet troops leave.',
     'The treaty was Khrushchev''s first great gesture of détente: Soviet forces withdrew from eastern Austria in return for a permanently neutral state. Seed 002 counts it among the signs that persuaded Mao the Soviet leadership was sliding into revisionism.',
     date '1955-05-15', 'day', null, null, date '1955-05-15', (select id from era where slug = 'khrushchev'), 'treaty', 0, 'Vienna', 48.2082, 16.3738,
     'Seed 002 presents the treaty as strengthening Mao''s view of Soviet revisionism. China endorsed Soviet détente publicly in 1955; its criticism of peaceful coexistence became open only from 1957-60. The dataset keeps the seed''s argument but gives impact 0, as the treaty had no immediate effect on relations.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'austrian-state-treaty'), (select id from actor where slug = 'ussr'), 0, 'signatory');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'austrian-state-treaty'), (select id from actor where slug = 'austria'), 1, 'signatory');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'austrian-state-treaty'), (select id from actor where slug = 'united-states'), 2, 'signatory');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'austrian-state-treaty'), (select id from grievance where slug = 'peaceful-coexistence'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'austrian-state-treaty'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Khrushchev Era > Initial Relations', 'the 1955 Geneva Summit and the Austrian State Treaty');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('geneva-summit-1955', 'Geneva summit of the four powers',
     'Soviet, American, British and French leaders meet for the first summit since Potsdam, producing the brief ''spirit of Geneva''.',
     'Bulganin led the Soviet delegation with Khrushchev at his side; Eisenhower proposed ''open skies''. Nothing was settled on Germany or disarmament, but the meeting signalled that Moscow would seek coexistence with the West, a course Mao came to see as revisionism.',
     date '1955-07-18', 'day', date '1955-07-23', 'day', date '1955-07-23', (select id from era where slug = 'khrushchev'), 'summit', 0, 'Geneva', 46.2044, 6.1432,
     'As with the Austrian treaty, seed 002''s reading is retrospective; the dataset records the summit with impact 0.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'geneva-summit-1955'), (select id from actor where slug = 'ussr'), 0, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'geneva-summit-1955'), (select id from actor where slug = 'united-states'), 1, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'geneva-summit-1955'), (select id from actor where slug = 'nikita-khrushchev'), 2, 'delegate');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'geneva-summit-1955'), (select id from grievance where slug = 'peaceful-coexistence'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'geneva-summit-1955'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Khrushchev Era > Initial Relations', 'his viewpoint being further strengthened in the form of the 1955 Geneva Summit');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('twentieth-congress-peaceful-coexistence', 'Khrushchev proclaims peaceful coexistence at the 20th Congress',
     'In his public report opening the congress, Khrushchev declares war between the two systems avoidable and allows a peaceful, parliamentary road to socialism.',
     'The report revised Lenin''s thesis that war was inevitable while imperialism lasted. In Beijing the doctrine came to be seen as a surrender of revolutionary struggle, and it became a central charge in the polemics of the 1960s.',
     date '1956-02-14', 'day', null, null, date '1956-02-14', (select id from era where slug = 'khrushchev'), 'speech', -1, 'Great Kremlin Palace, Moscow', 55.7508, 37.6167,
     'Seed 002 does not date the doctrine. The dataset dates it to Khrushchev''s report to the 20th Congress on 14 February 1956, where it was proclaimed as party policy.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'twentieth-congress-peaceful-coexistence'), (select id from actor where slug = 'nikita-khrushchev'), 0, 'speaker');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'twentieth-congress-peaceful-coexistence'), (select id from actor where slug = 'cpsu'), 1, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'twentieth-congress-peaceful-coexistence'), (select id from actor where slug = 'mao-zedong'), 2, 'critic');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'twentieth-congress-peaceful-coexistence'), (select id from grievance where slug = 'peaceful-coexistence'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'twentieth-congress-peaceful-coexistence'), (select id from grievance where slug = 'revisionism-polemics'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'twentieth-congress-peaceful-coexistence'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Khrushchev Era > Initial Relations', 'Mao also saw Khrushchev''s doctrine of "Peaceful co-existence" as ideological Heresy');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'twentieth-congress-peaceful-coexistence'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 1, 'Khrushchev Era > Nuclear Weapons', 'Mao opposed Khrushchev goal of peaceful coexistence and saw it as abandoning the revolution.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('secret-speech', 'Khrushchev''s Secret Speech denounces Stalin',
     'In a closed session, Khrushchev condemns Stalin''s cult of personality and crimes, without consulting the Chinese.',
     '''On the Cult of Personality and Its Consequences'' shook the communist world. Mao, who had not been forewarned, took the attack on the cult of the leader as a threat to his own authority and thought it handed the enemy a weapon. Beijing''s first response, in April 1956, defended Stalin''s record on balance; the speech is usually seen as the start of the ideological split.',
     date '1956-02-25', 'day', null, null, date '1956-02-25', (select id from era where slug = 'khrushchev'), 'speech', -2, 'Great Kremlin Palace, Moscow', 55.7508, 37.6167,
     'Seed 000 calls the congress ''Twentieth Congress of SCP''; it was the 20th Congress of the Communist Party of the Soviet Union (CPSU). It also says Mao then called Khrushchev a ''revisionist''; Chinese criticism in 1956 stayed private and the charge of revisionism was made openly against the Soviet leaders only in the 1960s.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'secret-speech'), (select id from actor where slug = 'nikita-khrushchev'), 0, 'speaker');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'secret-speech'), (select id from actor where slug = 'joseph-stalin'), 1, 'subject');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'secret-speech'), (select id from actor where slug = 'cpsu'), 2, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'secret-speech'), (select id from actor where slug = 'mao-zedong'), 3, 'critic');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'secret-speech'), (select id from grievance where slug = 'de-stalinisation'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'secret-speech'), (select id from grievance where slug = 'leadership-of-world-communism'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'secret-speech'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', '1956 Khrushchev’s criticising speech of Stalin at Twentieth Congress of SCP. De-Stalinisation begins. Mao calls Khrush a ‘revisionist’.');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'secret-speech'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 1, 'Notes after the timeline', 'Respected Khrushchev less especially after his secret speech ’56 at twentieth congress of SCP.');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'secret-speech'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 2, 'Khrushchev Era > Initial Relations', 'Khrushchev''s Secret Speech especially comments about the "Cult Personality" drew ire from Mao');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('polish-october', 'The Polish October',
     'Khrushchev flies to Warsaw and threatens force as the Polish party installs Władysław Gomułka, then backs down.',
     'After the Poznań riots of June, the Polish party chose Gomułka as leader against Moscow''s wishes. Soviet troops moved on Warsaw while Khrushchev argued with the Polish leaders, but he accepted Gomułka once assured Poland would stay in the bloc. The Chinese leaders counselled Moscow against intervention, criticising Soviet ''great-power chauvinism''.',
     date '1956-10-19', 'day', date '1956-10-21', 'day', date '1956-10-21', (select id from era where slug = 'khrushchev'), 'crisis', 0, 'Warsaw', 52.2297, 21.0122,
     'Seed 002 does not date the Polish problems. The dataset takes the crisis of 19-21 October 1956.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'polish-october'), (select id from actor where slug = 'poland'), 0, 'subject');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'polish-october'), (select id from actor where slug = 'ussr'), 1, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'polish-october'), (select id from actor where slug = 'nikita-khrushchev'), 2, 'participant');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'polish-october'), (select id from grievance where slug = 'soviet-handling-of-eastern-europe'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'polish-october'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Khrushchev Era > Initial Relations', 'Soviet problems in Poland and Germany');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('hungarian-revolution-crushed', 'Soviet forces crush the Hungarian Revolution',
     'A national uprising in Hungary is put down by a second Soviet intervention on 4 November; Mao concludes Moscow has lost its grip.',
     'The revolution began with demonstrations in Budapest on 23 October and brought Imre Nagy to power, who announced Hungary''s withdrawal from the Warsaw Pact. After wavering, Moscow sent the army back in on 4 November; resistance ended by 10 November. Chinese leaders urged the Soviets to intervene and drew the lesson that Khrushchev''s de-Stalinisation had let reaction loose.',
     date '1956-10-23', 'day', date '1956-11-10', 'day', date '1956-11-10', (select id from era where slug = 'khrushchev'), 'uprising', -1, 'Budapest', 47.4979, 19.0402,
     'Seed 002 does not date the rising. The dataset uses 23 October to 10 November 1956.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'hungarian-revolution-crushed'), (select id from actor where slug = 'hungary'), 0, 'subject');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'hungarian-revolution-crushed'), (select id from actor where slug = 'ussr'), 1, 'aggressor');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'hungarian-revolution-crushed'), (select id from actor where slug = 'nikita-khrushchev'), 2, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'hungarian-revolution-crushed'), (select id from actor where slug = 'mao-zedong'), 3, 'critic');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'hungarian-revolution-crushed'), (select id from grievance where slug = 'soviet-handling-of-eastern-europe'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'hungarian-revolution-crushed'), (select id from grievance where slug = 'leadership-of-world-communism'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'hungarian-revolution-crushed'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Khrushchev Era > Initial Relations', 'The crushing of the Hungarian uprising combined with Soviet problems in Poland and Germany made Mao saw that the Soviets were failing to contain reactionary forces.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('us-matador-missiles-taiwan', 'United States announces Matador missiles on Taiwan',
     'Washington announces that a squadron of nuclear-capable Matador cruise missiles will be stationed on Taiwan.',
     'The 17th Tactical Missile Squadron deployed to Tainan through 1957, bringing mainland airfields and cities within range of nuclear-capable missiles. Beijing saw the deployment as proof of American intentions and part of the background to the 1958 bombardment of the offshore islands.',
     date '1957-05-07', 'day', null, null, date '1957-05-07', (select id from era where slug = 'khrushchev'), 'deployment', 0, 'Tainan Air Base, Taiwan', 22.9504, 120.2057,
     'Seed 000 mentions the missiles without a date. The dataset uses the American announcement of 7 May 1957; the squadron was fully deployed by November 1957.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'us-matador-missiles-taiwan'), (select id from actor where slug = 'united-states'), 0, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'us-matador-missiles-taiwan'), (select id from actor where slug = 'republic-of-china'), 1, 'recipient');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'us-matador-missiles-taiwan'), (select id from actor where slug = 'chiang-kai-shek'), 2, 'leader');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'us-matador-missiles-taiwan'), (select id from grievance where slug = 'taiwan-question'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'us-matador-missiles-taiwan'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Notes after the timeline', 'Mao bombarded Quemoy and Matsu to put pressure on US who had provided matador missiles to defend Taiwan.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('new-defence-technical-accord', 'Soviet promise of a sample atomic bomb',
     'In the New Defence Technical Accord, the Soviet Union agrees to give China a prototype atomic bomb, missiles and related technology.',
     'Khrushchev, needing Chinese support after the June 1957 leadership crisis, went further than any Soviet leader before or after: the secret accord promised a sample bomb and the data to build it, on top of earlier agreements on nuclear research and uranium mining.',
     date '1957-10-15', 'day', null, null, date '1957-10-15', (select id from era where slug = 'khrushchev'), 'agreement', 2, 'Moscow', 55.752, 37.6175,
     'Seed 002 says the Soviets ''consistently rebuffed'' Chinese requests for nuclear technology. The record shows a real promise, this accord of 15 October 1957, which Moscow suspended in June 1959; the dataset records both.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'new-defence-technical-accord'), (select id from actor where slug = 'ussr'), 0, 'signatory');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'new-defence-technical-accord'), (select id from actor where slug = 'prc'), 1, 'signatory');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'new-defence-technical-accord'), (select id from grievance where slug = 'nuclear-sharing'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'new-defence-technical-accord'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Khrushchev Era > Nuclear Weapons', 'The Soviet consistently rebuffed the PRC request for nuclear technology');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('moscow-conference-1957', 'Moscow conference of communist parties',
     'At the fortieth anniversary of the October Revolution, Mao claims ''the east wind prevails over the west wind'' and speaks coolly of surviving a nuclear war.',
     'Twelve ruling parties met on 14-16 November and 64 parties on 16-19 November. Mao publicly affirmed Soviet leadership of the camp, yet pushed a harder line against Yugoslav revisionism and, in his speech of 18 November, said that even if half of humanity died in a nuclear war the other half would build socialism, which alarmed his hosts. Deng Xiaoping argued the Chinese positions in the drafting.',
     date '1957-11-14', 'day', date '1957-11-19', 'day', date '1957-11-19', (select id from era where slug = 'khrushchev'), 'conference', -1, 'Moscow', 55.752, 37.6175,
     'Seed 002 says the Chinese aimed to assert themselves as the true leaders of the movement. In the declaration the Chinese in fact endorsed the formula of the Soviet Union ''at the head'' of the camp; the dataset records the rivalry as an undercurrent, not an open claim.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'moscow-conference-1957'), (select id from actor where slug = 'mao-zedong'), 0, 'speaker');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'moscow-conference-1957'), (select id from actor where slug = 'nikita-khrushchev'), 1, 'host');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'moscow-conference-1957'), (select id from actor where slug = 'deng-xiaoping'), 2, 'delegate');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'moscow-conference-1957'), (select id from actor where slug = 'cpsu'), 3, 'host');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'moscow-conference-1957'), (select id from actor where slug = 'ccp'), 4, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'moscow-conference-1957'), (select id from actor where slug = 'josip-broz-tito'), 5, 'target');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'moscow-conference-1957'), (select id from grievance where slug = 'leadership-of-world-communism'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'moscow-conference-1957'), (select id from grievance where slug = 'chinese-adventurism'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'moscow-conference-1957'), (select id from grievance where slug = 'peaceful-coexistence'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'moscow-conference-1957'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Khrushchev Era > Conference of Communist Parties 1957', 'The Chinese goal during this conference were to to push the PRC''s ideological stance and assert themselves as the true leaders of the international revolutionary Communism');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('great-leap-forward', 'The Great Leap Forward',
     'Mao launches a campaign of mass mobilisation and people''s communes to overtake the industrial nations, ending in a famine that killed tens of millions.',
     'The Leap was adopted at the second session of the Eighth Party Congress in May 1958, and the communes spread across the countryside that summer. Claiming a faster road to communism than the Soviet one, it implicitly challenged Moscow''s model; Khrushchev derided the communes, and Mao was furious that the Soviets belittled China before the communist world. The campaign was wound down in 1960-62.',
     date '1958-05-01', 'month', date '1962-01-01', 'year', date '1962-12-31', (select id from era where slug = 'khrushchev'), 'policy', -1, null, null, null,
     'Seed 000 gives 1958. The dataset starts the Leap in May 1958 and ends it in 1962, when the leadership retreated from it, at year precision.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'great-leap-forward'), (select id from actor where slug = 'mao-zedong'), 0, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'great-leap-forward'), (select id from actor where slug = 'ccp'), 1, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'great-leap-forward'), (select id from actor where slug = 'nikita-khrushchev'), 2, 'critic');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'great-leap-forward'), (select id from actor where slug = 'prc'), 3, 'subject');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'great-leap-forward'), (select id from grievance where slug = 'rival-paths-to-socialism'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'great-leap-forward'), (select id from grievance where slug = 'leadership-of-world-communism'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'great-leap-forward'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', '1958 Great Leap Forward introduced in China.');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'great-leap-forward'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 1, 'Khrushchev Era > Great Leap Forward', 'The Soviet Response to it was that it was faulty in designa and erroneous in practice.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('khrushchev-visits-beijing-1958', 'Khrushchev''s swimming-pool summit in Beijing',
     'Khrushchev flies to Beijing to smooth over Mao''s anger at Soviet proposals for joint naval facilities; Mao receives him in his swimming pool.',
     'Mao had exploded at Soviet proposals for a long-wave radio station and a joint submarine fleet, which he took as an affront to Chinese sovereignty. Khrushchev was lodged without air conditioning in the summer heat, and Mao held talks beside and in his pool, where Khrushchev, a poor swimmer, floated in a rubber ring while Mao swam. The talks settled little; Deng Xiaoping used them to attack Soviet policy. Three weeks later China began shelling Quemoy without telling him.',
     date '1958-07-31', 'day', date '1958-08-03', 'day', date '1958-08-03', (select id from era where slug = 'khrushchev'), 'summit', -1, 'Zhongnanhai, Beijing', 39.9139, 116.3836,
     'Seed 000 speaks of a ''photo opportunity'' and says Khrushchev could not swim; seed 002 says he hated swimming and needed a rubber ring. The dataset follows seed 002 on the detail. Seed 002 dates the visit only to 1958; it lasted from 31 July to 3 August.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'khrushchev-visits-beijing-1958'), (select id from actor where slug = 'nikita-khrushchev'), 0, 'visitor');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'khrushchev-visits-beijing-1958'), (select id from actor where slug = 'mao-zedong'), 1, 'host');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'khrushchev-visits-beijing-1958'), (select id from actor where slug = 'deng-xiaoping'), 2, 'critic');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'khrushchev-visits-beijing-1958'), (select id from grievance where slug = 'personal-slights'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'khrushchev-visits-beijing-1958'), (select id from grievance where slug = 'taiwan-question'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'khrushchev-visits-beijing-1958'), (select id from grievance where slug = 'leadership-of-world-communism'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'khrushchev-visits-beijing-1958'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Notes after the timeline', 'Photo opportunity planned by Mao in swimming pool knowing Khrushchev could not swim');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'khrushchev-visits-beijing-1958'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 1, 'Khrushchev Era > Khrushchev''s visit to Beijing, 1958', 'Mao invited Khrushchev to his swimming pool for talks, knowing that Khrushchev hated swimming.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('second-taiwan-strait-crisis', 'Second Taiwan Strait Crisis',
     'China opens a massive bombardment of Quemoy without consulting Moscow; the United States convoys supplies and readies nuclear forces.',
     'Tens of thousands of shells fell on Quemoy on 23 August 1958. Khrushchev, not forewarned, publicly warned Eisenhower on 7 September that an attack on China would be an attack on the Soviet Union, once it was clear China would not invade; privately the Soviets thought Mao reckless and began to reconsider the promised bomb. Peng Dehuai announced a ceasefire on 6 October, after which shelling continued on alternate days.',
     date '1958-08-23', 'day', date '1958-10-06', 'day', date '1958-10-06', (select id from era where slug = 'khrushchev'), 'crisis', -1, 'Kinmen (Quemoy)', 24.4492, 118.3767,
     'Seed 000 says Khrushchev refused involvement; he did give a public pledge of support, but only after the danger of war had passed, and resented not being consulted. Seed 002 says the crisis ''resulted in the withdrawal of Soviet Economic advisers''; that came in July-August 1960 (see soviet-advisers-withdrawn), after the Bucharest quarrel, though the crisis fed Soviet distrust. The crisis is dated 23 August to the ceasefire of 6 October 1958; some accounts end it in late September or December.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'second-taiwan-strait-crisis'), (select id from actor where slug = 'prc'), 0, 'belligerent');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'second-taiwan-strait-crisis'), (select id from actor where slug = 'republic-of-china'), 1, 'belligerent');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'second-taiwan-strait-crisis'), (select id from actor where slug = 'mao-zedong'), 2, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'second-taiwan-strait-crisis'), (select id from actor where slug = 'chiang-kai-shek'), 3, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'second-taiwan-strait-crisis'), (select id from actor where slug = 'united-states'), 4, 'supporter');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'second-taiwan-strait-crisis'), (select id from actor where slug = 'nikita-khrushchev'), 5, 'critic');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'second-taiwan-strait-crisis'), (select id from actor where slug = 'ussr'), 6, 'supporter');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'second-taiwan-strait-crisis'), (select id from grievance where slug = 'taiwan-question'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'second-taiwan-strait-crisis'), (select id from grievance where slug = 'chinese-adventurism'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'second-taiwan-strait-crisis'), (select id from grievance where slug = 'nuclear-sharing'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'second-taiwan-strait-crisis'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', '1958 Aug Taiwan crisis. Mao beings bombarding Quemoy and Matsu to step up pressure on US. Khrushchev refuses involvement, fears nuclear war with USA.');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'second-taiwan-strait-crisis'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 1, 'Notes after the timeline', 'Khrush refused to support China');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'second-taiwan-strait-crisis'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 2, 'Khrushchev Era > Taiwan 1958', 'This resulted in the USSR accusing Mao of being "Trotskyist"');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('soviet-nuclear-aid-suspended', 'Moscow suspends help with China''s atomic bomb',
     'A Soviet letter tells the Chinese that, because of the test-ban talks in Geneva, Moscow will not supply the promised sample bomb and data.',
     'The letter of 20 June 1959, handed to Zhou Enlai on 26 June, cited the negotiations with the United States and Britain on ending nuclear tests. Beijing read it as Moscow sacrificing an ally to détente and later dated its decision to build the bomb alone to that month, naming its first device ''596''.',
     date '1959-06-20', 'day', null, null, date '1959-06-20', (select id from era where slug = 'khrushchev'), 'diplomacy', -2, 'Moscow', 55.752, 37.6175,
     'Seed 002 describes repeated Soviet refusals without dates. The dataset dates the decisive refusal to the Central Committee letter of 20 June 1959.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-nuclear-aid-suspended'), (select id from actor where slug = 'cpsu'), 0, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-nuclear-aid-suspended'), (select id from actor where slug = 'ccp'), 1, 'recipient');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-nuclear-aid-suspended'), (select id from actor where slug = 'nikita-khrushchev'), 2, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-nuclear-aid-suspended'), (select id from actor where slug = 'zhou-enlai'), 3, 'recipient');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'soviet-nuclear-aid-suspended'), (select id from grievance where slug = 'nuclear-sharing'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'soviet-nuclear-aid-suspended'), (select id from grievance where slug = 'peaceful-coexistence'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'soviet-nuclear-aid-suspended'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Khrushchev Era > Nuclear Weapons', 'if they really wanted help, they needed to conform to the USSR defence doctrine');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('soviet-advisers-withdrawn', 'Soviet experts recalled from China',
     'Weeks after a bitter clash at Bucharest, Moscow orders all its specialists home within a month and cancels hundreds of contracts.',
     'On 16 July 1960 the Soviet government informed Beijing that its experts would leave; by the end of August 1,390 had gone, taking blueprints with them, and 343 contracts and 257 scientific and technical projects were cancelled. Factories were left half built in the middle of the famine. It was the first Soviet sanction that hurt the Chinese state rather than the party, and China never forgave it.',
     date '1960-07-16', 'day', date '1960-08-01', 'month', date '1960-08-31', (select id from era where slug = 'khrushchev'), 'aid', -2, 'Beijing', 39.9042, 116.4074,
     'Seed 002 ties the withdrawal to the 1958 Taiwan crisis. It came in July-August 1960: the Soviet note is dated 16 July (the embassy note 18 July) and the experts were gone by the end of August, after the clash between Khrushchev and the Chinese delegation at the Bucharest party congress in June 1960. Seed 000''s 1960 is right.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-advisers-withdrawn'), (select id from actor where slug = 'ussr'), 0, 'donor');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-advisers-withdrawn'), (select id from actor where slug = 'prc'), 1, 'recipient');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-advisers-withdrawn'), (select id from actor where slug = 'nikita-khrushchev'), 2, 'leader');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'soviet-advisers-withdrawn'), (select id from grievance where slug = 'withdrawal-of-soviet-aid'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'soviet-advisers-withdrawn'), (select id from grievance where slug = 'aid-on-hard-terms'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'soviet-advisers-withdrawn'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', '1960 USSR pulls out economic aid and advisers from China');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'soviet-advisers-withdrawn'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 1, 'Khrushchev Era > Taiwan 1958', 'Overall it resulted in the withdrawal of Soviet Economic advisers and cancellation of commerical contracts');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('china-aids-albania', 'China takes over Albania''s aid',
     'As Moscow squeezes Albania for defying it, China promises credits and equipment to replace Soviet aid.',
     'Albania''s leaders had sided with Beijing at the Bucharest and Moscow meetings of 1960. In February 1961 China agreed a large credit, and in April Albanian and Chinese leaders signed agreements in Beijing for equipment for 25 enterprises and technical help. Albania became China''s outpost in Europe and a proxy in the polemics.',
     date '1961-02-01', 'month', null, null, date '1961-02-28', (select id from era where slug = 'khrushchev'), 'aid', -1, 'Tirana', 41.3275, 19.8187,
     'Seed 000 places Chinese support ''after'' Albania''s split with the USSR; the credit was agreed in February 1961 and the agreements signed in April, before Moscow broke off relations with Tirana in December 1961.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'china-aids-albania'), (select id from actor where slug = 'prc'), 0, 'donor');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'china-aids-albania'), (select id from actor where slug = 'albania'), 1, 'recipient');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'china-aids-albania'), (select id from actor where slug = 'mao-zedong'), 2, 'leader');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'china-aids-albania'), (select id from grievance where slug = 'leadership-of-world-communism'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'china-aids-albania'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', '1961 China gives economic support to Albania after split with USSR');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'china-aids-albania'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 1, 'Khrushchev Era > Albania', 'Mao promised ted to replace Soviet Money and technical assistance to Albania.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('twenty-second-party-congress', '22nd Party Congress: Khrushchev attacks Albania, Zhou walks out',
     'Khrushchev publicly denounces Albania''s leaders; Zhou Enlai rebukes him, lays a wreath at Stalin''s tomb and leaves Moscow early.',
     'At the congress that removed Stalin''s body from the Lenin mausoleum, Khrushchev attacked the Albanian party by name. Zhou Enlai objected that airing disputes between fraternal parties before the enemy was not a Marxist-Leninist attitude, laid wreaths at the mausoleum on 21 October, one to Stalin, and flew home on the 23rd. It was the last CPSU congress the Chinese attended.',
     date '1961-10-17', 'day', date '1961-10-31', 'day', date '1961-10-31', (select id from era where slug = 'khrushchev'), 'conference', -2, 'Kremlin Palace of Congresses, Moscow', 55.751, 37.616,
     'Seed 002 says the Albanian affair ''resulted in the Severence of Sino-Soviet relations''. Diplomatic relations between the two states were never severed; relations between the two parties ended in March 1966 (see ccp-refuses-23rd-congress).');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'twenty-second-party-congress'), (select id from actor where slug = 'nikita-khrushchev'), 0, 'speaker');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'twenty-second-party-congress'), (select id from actor where slug = 'zhou-enlai'), 1, 'delegate');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'twenty-second-party-congress'), (select id from actor where slug = 'albania'), 2, 'target');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'twenty-second-party-congress'), (select id from actor where slug = 'cpsu'), 3, 'host');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'twenty-second-party-congress'), (select id from actor where slug = 'ccp'), 4, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'twenty-second-party-congress'), (select id from actor where slug = 'joseph-stalin'), 5, 'subject');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'twenty-second-party-congress'), (select id from grievance where slug = 'leadership-of-world-communism'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'twenty-second-party-congress'), (select id from grievance where slug = 'de-stalinisation'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'twenty-second-party-congress'), (select id from grievance where slug = 'revisionism-polemics'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'twenty-second-party-congress'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Khrushchev Era > Albania', 'Albania was attacked by the USSR for their regime and doctrine');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('soviet-albanian-break', 'Moscow breaks relations with Albania',
     'The Soviet Union withdraws its diplomats, experts and aid from Albania, leaving China as its only major patron.',
     'The first break between two socialist states since Stalin''s with Yugoslavia: Soviet advisers left, supplies and spare parts stopped, and the Soviet navy pulled out of its base at Vlorë. Beijing condemned the break while stepping up its own aid.',
     date '1961-12-01', 'month', null, null, date '1961-12-31', (select id from era where slug = 'khrushchev'), 'diplomacy', -1, 'Tirana', 41.3275, 19.8187,
     'Seed 000 gives 1961. Moscow broke off diplomatic relations in December 1961; the dataset uses month precision.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-albanian-break'), (select id from actor where slug = 'ussr'), 0, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-albanian-break'), (select id from actor where slug = 'albania'), 1, 'target');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'soviet-albanian-break'), (select id from grievance where slug = 'leadership-of-world-communism'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'soviet-albanian-break'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', '1961 China gives economic support to Albania after split with USSR');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('sino-indian-war', 'Sino-Indian War',
     'China routs Indian forces in the Himalayas and then withdraws, while the Soviet Union, officially neutral, keeps its MiG deal with India.',
     'Fighting broke out in Ladakh and the North-East Frontier Agency on 20 October; after a month China declared a ceasefire and withdrew from most of the ground it had taken. Moscow briefly leaned toward China during the Cuban crisis, then returned to neutrality and went ahead with supplying MiG-21s. After the war India let American U-2 spy planes overfly the border, later from the airfield at Charbatia.',
     date '1962-10-20', 'day', date '1962-11-21', 'day', date '1962-11-21', (select id from era where slug = 'khrushchev'), 'war', -1, 'Tawang', 27.5861, 91.8594,
     'Seed 002 says the US ''was allowed to fly U-2 planes from Charbatia''. Nehru agreed to U-2 overflights on 11 November 1962, flown from Thailand; the use of Charbatia was agreed in June 1963 and flights from it began only in 1964. Seed 002 also calls China ''a key member of the non-aligned movement alongside India''; China never joined the movement (founded in 1961), though it had stood with India at the Bandung conference of 1955.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-indian-war'), (select id from actor where slug = 'prc'), 0, 'belligerent');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-indian-war'), (select id from actor where slug = 'india'), 1, 'belligerent');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-indian-war'), (select id from actor where slug = 'ussr'), 2, 'supplier');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-indian-war'), (select id from actor where slug = 'united-states'), 3, 'supporter');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-indian-war'), (select id from actor where slug = 'non-aligned-movement'), 4, 'participant');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'sino-indian-war'), (select id from grievance where slug = 'soviet-backing-of-india'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'sino-indian-war'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Khrushchev Era > The Sino-Indian War 1962', 'the USSR had sold MIG fighters to India despite staying "neutral"');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('cuban-missile-crisis', 'Cuban Missile Crisis',
     'Khrushchev places nuclear missiles in Cuba, then withdraws them under American pressure; Beijing denounces first the gamble and then the retreat.',
     'Kennedy saw the photographs of the missile sites on 16 October; on 28 October Khrushchev agreed to remove the missiles, and the American quarantine was lifted on 20 November. Chinese commentary branded the deployment ''adventurism'' and the withdrawal ''capitulationism'', a second Munich. On 12 December Khrushchev answered that the paper tiger of imperialism had atomic teeth.',
     date '1962-10-16', 'day', date '1962-11-20', 'day', date '1962-11-20', (select id from era where slug = 'khrushchev'), 'crisis', -1, 'Havana', 23.1136, -82.3666,
     'Seed 000 says Mao ''made public'' Khrushchev''s failure without a date; the dataset treats the Chinese campaign of October-December 1962 as part of this event, which runs from 16 October to the lifting of the quarantine on 20 November 1962.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'cuban-missile-crisis'), (select id from actor where slug = 'ussr'), 0, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'cuban-missile-crisis'), (select id from actor where slug = 'united-states'), 1, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'cuban-missile-crisis'), (select id from actor where slug = 'cuba'), 2, 'subject');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'cuban-missile-crisis'), (select id from actor where slug = 'nikita-khrushchev'), 3, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'cuban-missile-crisis'), (select id from actor where slug = 'mao-zedong'), 4, 'critic');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'cuban-missile-crisis'), (select id from grievance where slug = 'peaceful-coexistence'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'cuban-missile-crisis'), (select id from grievance where slug = 'leadership-of-world-communism'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'cuban-missile-crisis'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Notes after the timeline', 'Mao made public Khrush’s failure in Cuban missile crisis');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'cuban-missile-crisis'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 1, 'Khrushchev Era > Cuban Missile Crisis', 'Mao and the PRC saw it as a betrayal of revolutionary cause.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('chinese-general-line-proposal', 'China''s ''Proposal concerning the General Line''',
     'In a 25-point letter to the Soviet party, the Chinese set out their own programme for the world communist movement.',
     'Published and distributed widely even in the Soviet Union, the letter condemned peaceful coexistence as the general line of the movement, defended armed revolution and implicitly accused Moscow of revisionism, on the eve of talks between the two parties.',
     date '1963-06-14', 'day', null, null, date '1963-06-14', (select id from era where slug = 'khrushchev'), 'polemic', -1, 'Beijing', 39.9042, 116.4074,
     'Not dated in the seeds; seed 000 describes the Chinese counter-attack of 1963 in general terms. Dated from the letter of 14 June 1963.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'chinese-general-line-proposal'), (select id from actor where slug = 'ccp'), 0, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'chinese-general-line-proposal'), (select id from actor where slug = 'mao-zedong'), 1, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'chinese-general-line-proposal'), (select id from actor where slug = 'cpsu'), 2, 'target');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'chinese-general-line-proposal'), (select id from grievance where slug = 'revisionism-polemics'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'chinese-general-line-proposal'), (select id from grievance where slug = 'leadership-of-world-communism'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'chinese-general-line-proposal'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', 'Mao retaliates calling them ‘soviet revisionists’');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('moscow-party-talks-1963', 'Talks between the two parties in Moscow',
     'Delegations led by Deng Xiaoping and Mikhail Suslov meet for two weeks and part without agreement.',
     'The talks opened on 5 July with both sides prepared for a break. Deng argued the 25 points; the Soviet side rebutted them and, in the middle of the talks, published its Open Letter. The Chinese delegation went home to a hero''s welcome at Beijing airport.',
     date '1963-07-05', 'day', date '1963-07-20', 'day', date '1963-07-20', (select id from era where slug = 'khrushchev'), 'conference', -1, 'Moscow', 55.752, 37.6175,
     'Seed 000 gives 1963. The talks ran from 5 to 20 July 1963.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'moscow-party-talks-1963'), (select id from actor where slug = 'deng-xiaoping'), 0, 'delegate');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'moscow-party-talks-1963'), (select id from actor where slug = 'cpsu'), 1, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'moscow-party-talks-1963'), (select id from actor where slug = 'ccp'), 2, 'participant');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'moscow-party-talks-1963'), (select id from grievance where slug = 'revisionism-polemics'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'moscow-party-talks-1963'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', '1963 meeting between party leaders fails to resolve anything.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('soviet-open-letter', 'The Soviet party''s Open Letter',
     'The Soviet Central Committee publishes an open letter to all its members answering the Chinese point by point and accusing Beijing of splitting the movement.',
     'The letter, published in Pravda during the Moscow talks, charged the Chinese leaders with wanting war, dogmatism and factional activity. It made the quarrel fully public and was answered by the Chinese in nine long commentaries over the following year.',
     date '1963-07-14', 'day', null, null, date '1963-07-14', (select id from era where slug = 'khrushchev'), 'polemic', -2, 'Moscow', 55.752, 37.6175,
     'Seed 000 gives 1963; the letter is dated 14 July 1963.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-open-letter'), (select id from actor where slug = 'cpsu'), 0, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-open-letter'), (select id from actor where slug = 'nikita-khrushchev'), 1, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-open-letter'), (select id from actor where slug = 'ccp'), 2, 'target');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'soviet-open-letter'), (select id from grievance where slug = 'revisionism-polemics'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'soviet-open-letter'), (select id from grievance where slug = 'peaceful-coexistence'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'soviet-open-letter'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', 'Open Letter from USSR argues China not on path to true communism.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('partial-test-ban-treaty', 'Partial Nuclear Test Ban Treaty',
     'The Soviet Union, the United States and Britain ban nuclear tests in the atmosphere, in space and under water; China denounces the treaty as a fraud.',
     'Signed in Moscow within weeks of the failed party talks, the treaty confirmed in Chinese eyes that Moscow had chosen collusion with Washington and meant to deny China the bomb. The exchange of statements that followed included the Soviet charge that China wanted the two nuclear powers to destroy each other.',
     date '1963-08-05', 'day', null, null, date '1963-08-05', (select id from era where slug = 'khrushchev'), 'treaty', -1, 'Moscow', 55.752, 37.6175,
     'Not dated in the seeds; seed 002''s section on nuclear weapons argues the dispute without dates. Added from the record to date that argument.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'partial-test-ban-treaty'), (select id from actor where slug = 'ussr'), 0, 'signatory');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'partial-test-ban-treaty'), (select id from actor where slug = 'united-states'), 1, 'signatory');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'partial-test-ban-treaty'), (select id from actor where slug = 'prc'), 2, 'critic');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'partial-test-ban-treaty'), (select id from grievance where slug = 'nuclear-sharing'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'partial-test-ban-treaty'), (select id from grievance where slug = 'peaceful-coexistence'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'partial-test-ban-treaty'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Khrushchev Era > Nuclear Weapons', 'This resulted in the USSR accusing the PRC of wanting the West and the USSR to destroy each other.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('nine-commentaries', 'The Nine Commentaries',
     'China answers the Open Letter in nine long articles, ending with the charge that Khrushchev''s ''phoney communism'' is restoring capitalism in the Soviet Union.',
     'Published jointly by the People''s Daily and Red Flag from 6 September 1963, the commentaries defended Stalin, condemned Yugoslavia as capitalist, and in the ninth, ''On Khrushchov''s Phoney Communism'' of 14 July 1964, declared that a privileged stratum had restored capitalism in the Soviet Union.',
     date '1963-09-06', 'day', date '1964-07-14', 'day', date '1964-07-14', (select id from era where slug = 'khrushchev'), 'polemic', -2, 'Beijing', 39.9042, 116.4074,
     'Seed 000 places the charge of ''soviet revisionists'' re-establishing capitalism in 1963. It was made in the commentaries of September 1963 to July 1964, most fully in the ninth.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'nine-commentaries'), (select id from actor where slug = 'ccp'), 0, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'nine-commentaries'), (select id from actor where slug = 'mao-zedong'), 1, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'nine-commentaries'), (select id from actor where slug = 'cpsu'), 2, 'target');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'nine-commentaries'), (select id from actor where slug = 'nikita-khrushchev'), 3, 'target');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'nine-commentaries'), (select id from grievance where slug = 'revisionism-polemics'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'nine-commentaries'), (select id from grievance where slug = 'de-stalinisation'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'nine-commentaries'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', 'Mao retaliates calling them ‘soviet revisionists’ and claims they are re-establishing capitalism.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('romania-declaration-1964', 'Romania declares its independence within the bloc',
     'The Romanian party declares that no party holds a privileged position or may impose its line on others, a statement later called its declaration of independence.',
     'Romania had resisted Khrushchev''s plans for economic integration in Comecon and tried to mediate between Moscow and Beijing, which courted it. The April 1964 statement, published on 26 April, rejected any directing centre for the movement.',
     date '1964-04-01', 'month', null, null, date '1964-04-30', (select id from era where slug = 'khrushchev'), 'diplomacy', -1, 'Bucharest', 44.4268, 26.1025,
     'Seed 000 lists China''s encouragement of Romania under 1961. The Romanian statement that marked its independent course came in April 1964 (published 26 April; some sources give the 16th), so the dataset uses April 1964.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'romania-declaration-1964'), (select id from actor where slug = 'romania'), 0, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'romania-declaration-1964'), (select id from actor where slug = 'prc'), 1, 'supporter');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'romania-declaration-1964'), (select id from actor where slug = 'ussr'), 2, 'target');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'romania-declaration-1964'), (select id from grievance where slug = 'leadership-of-world-communism'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'romania-declaration-1964'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', 'Encourages Romania to become independent of USSR');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('khrushchev-ousted', 'Khrushchev is removed from power',
     'The Central Committee forces Khrushchev to retire; Brezhnev becomes First Secretary and Kosygin premier. Beijing hopes for a new start.',
     'Khrushchev''s colleagues removed him for his erratic policies. The Chinese leaders welcomed his fall and sent Zhou Enlai to Moscow in November to test the new leadership. The day closes the Khrushchev era.',
     date '1964-10-14', 'day', null, null, date '1964-10-14', (select id from era where slug = 'khrushchev'), 'leadership-change', 1, 'Moscow', 55.752, 37.6175,
     'Seed 000 gives 1964. The plenum that removed him met on 14 October 1964.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'khrushchev-ousted'), (select id from actor where slug = 'nikita-khrushchev'), 0, 'subject');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'khrushchev-ousted'), (select id from actor where slug = 'leonid-brezhnev'), 1, 'successor');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'khrushchev-ousted'), (select id from actor where slug = 'alexei-kosygin'), 2, 'successor');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'khrushchev-ousted'), (select id from actor where slug = 'cpsu'), 3, 'participant');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'khrushchev-ousted'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', '1964 Moscow Meeting. Khrushchev ousted.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('china-first-nuclear-test', 'China''s first atomic bomb test',
     'Two days after Khrushchev''s fall, China explodes its first atomic bomb, built without the Soviet help it had been promised.',
     'The device was code-named ''596'' after the month, June 1959, in which Moscow had reneged on its promise. The test made China the fifth nuclear power and removed one lever Moscow had held over it.',
     date '1964-10-16', 'day', null, null, date '1964-10-16', (select id from era where slug = 'brezhnev'), 'nuclear-test', 0, 'Lop Nur test site, Xinjiang', 40.82, 89.78,
     'Not dated in the seeds. Added from the record because it closes the story of nuclear help told in seed 002.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'china-first-nuclear-test'), (select id from actor where slug = 'prc'), 0, 'participant');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'china-first-nuclear-test'), (select id from grievance where slug = 'nuclear-sharing'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'china-first-nuclear-test'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Khrushchev Era > Nuclear Weapons', 'The Soviet consistently rebuffed the PRC request for nuclear technology');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('zhou-enlai-moscow-1964', 'Zhou Enlai in Moscow and the Malinovsky incident',
     'At the October Revolution reception, the Soviet defence minister tells the Chinese that they should get rid of Mao as the Soviets got rid of Khrushchev.',
     'Zhou came to Moscow for the anniversary to sound out Khrushchev''s successors. At the Kremlin reception Marshal Malinovsky told Chinese delegates they should oust Mao as the Soviets had ousted Khrushchev. Brezhnev apologised that he had been drunk; Zhou replied that drink had revealed the truth. The new leaders told him they differed from Khrushchev on nothing concerning China, and ''Khrushchevism without Khrushchev'' became Beijing''s verdict.',
     date '1964-11-07', 'day', null, null, date '1964-11-07', (select id from era where slug = 'brezhnev'), 'visit', -1, 'Kremlin, Moscow', 55.752, 37.6175,
     'Seed 000''s ''1964 Moscow Meeting'' is undated and unexplained. The dataset identifies it with Zhou Enlai''s visit for the anniversary of the revolution, the only meeting of the two leaderships in Moscow in 1964, and dates it to the reception of 7 November 1964.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'zhou-enlai-moscow-1964'), (select id from actor where slug = 'zhou-enlai'), 0, 'visitor');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'zhou-enlai-moscow-1964'), (select id from actor where slug = 'leonid-brezhnev'), 1, 'host');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'zhou-enlai-moscow-1964'), (select id from actor where slug = 'rodion-malinovsky'), 2, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'zhou-enlai-moscow-1964'), (select id from actor where slug = 'mao-zedong'), 3, 'target');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'zhou-enlai-moscow-1964'), (select id from grievance where slug = 'personal-slights'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'zhou-enlai-moscow-1964'), (select id from grievance where slug = 'revisionism-polemics'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'zhou-enlai-moscow-1964'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', '1964 Moscow Meeting.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('kosygin-asian-tour-1965', 'Kosygin courts Hanoi and Pyongyang',
     'The Soviet premier flies to Hanoi and Pyongyang, stopping in Beijing both ways; he promises North Vietnam arms and meets Mao, fruitlessly.',
     'Kosygin passed through Beijing on 5-6 February on his way to Hanoi, where he pledged Soviet military aid as the American bombing began, and met Mao on 11 February on his way back, before visiting North Korea. Mao rebuffed his call for joint action over Vietnam. From then on the two powers competed to supply Hanoi, a contest Moscow won.',
     date '1965-02-05', 'day', date '1965-02-11', 'day', date '1965-02-11', (select id from era where slug = 'brezhnev'), 'visit', -1, 'Hanoi', 21.0278, 105.8342,
     'Seed 000 gives 1965 for the Soviet drive to win over Mongolia, North Korea and North Vietnam. The dataset dates its start to Kosygin''s tour of February 1965, ends it at his meeting with Mao on 11 February (the dates of the North Korean leg could not be confirmed), and records the Mongolian treaty of January 1966 separately.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'kosygin-asian-tour-1965'), (select id from actor where slug = 'alexei-kosygin'), 0, 'visitor');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'kosygin-asian-tour-1965'), (select id from actor where slug = 'vietnam'), 1, 'recipient');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'kosygin-asian-tour-1965'), (select id from actor where slug = 'north-korea'), 2, 'recipient');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'kosygin-asian-tour-1965'), (select id from actor where slug = 'mao-zedong'), 3, 'host');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'kosygin-asian-tour-1965'), (select id from actor where slug = 'zhou-enlai'), 4, 'host');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'kosygin-asian-tour-1965'), (select id from grievance where slug = 'influence-in-asia'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'kosygin-asian-tour-1965'), (select id from grievance where slug = 'vietnam-and-cambodia'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'kosygin-asian-tour-1965'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', '1965 USSR strengthens relations with Mongolia, North Korea and North Vietnam to isolate China');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'kosygin-asian-tour-1965'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 1, 'Sino-Soviet relations and Indochina', 'the USSR eventually winning by keeping up a steady supply of aid and arms throughout the Vietnam war');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('soviet-mongolian-treaty-1966', 'Soviet-Mongolian treaty of friendship',
     'Brezhnev signs a new alliance in Ulaanbaatar that opens Mongolia to Soviet troops, within a few hundred kilometres of Beijing.',
     'The treaty replaced the 1946 alliance aimed at Japan and was understood to be aimed at China; Brezhnev brought his defence minister. Soviet divisions were stationed in Mongolia from 1967, and their presence became one of China''s ''three obstacles'' to normal relations.',
     date '1966-01-15', 'day', null, null, date '1966-01-15', (select id from era where slug = 'brezhnev'), 'treaty', -1, 'Ulaanbaatar', 47.8864, 106.9057,
     'Seed 000 places the strengthening of ties with Mongolia in 1965; the treaty was signed on 15 January 1966.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-mongolian-treaty-1966'), (select id from actor where slug = 'ussr'), 0, 'signatory');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-mongolian-treaty-1966'), (select id from actor where slug = 'mongolia'), 1, 'signatory');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-mongolian-treaty-1966'), (select id from actor where slug = 'leonid-brezhnev'), 2, 'signatory');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-mongolian-treaty-1966'), (select id from actor where slug = 'rodion-malinovsky'), 3, 'participant');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'soviet-mongolian-treaty-1966'), (select id from grievance where slug = 'soviet-military-threat'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'soviet-mongolian-treaty-1966'), (select id from grievance where slug = 'mongolia-and-manchuria'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'soviet-mongolian-treaty-1966'), (select id from grievance where slug = 'influence-in-asia'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'soviet-mongolian-treaty-1966'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', '1965 USSR strengthens relations with Mongolia');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'soviet-mongolian-treaty-1966'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 1, 'Sino-Soviet rapproachement', 'Soviet troops on the border');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('ccp-refuses-23rd-congress', 'China refuses to attend the 23rd Soviet party congress',
     'The Chinese party rejects the invitation to the Soviet party congress, accusing Moscow of treating China as an enemy: relations between the parties end.',
     'The letter of 22 March 1966 accused the Soviet leaders of revisionism, splittism and great-power chauvinism and of colluding with the United States. No Chinese delegation attended a Soviet congress again until relations between the parties were restored in May 1989.',
     date '1966-03-22', 'day', null, null, date '1966-03-22', (select id from era where slug = 'brezhnev'), 'diplomacy', -2, 'Beijing', 39.9042, 116.4074,
     'Seed 002 says relations were severed after the Albanian affair of 1961. It was party relations that ended, with this letter of 22 March 1966; diplomatic relations between the states were never broken.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'ccp-refuses-23rd-congress'), (select id from actor where slug = 'ccp'), 0, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'ccp-refuses-23rd-congress'), (select id from actor where slug = 'cpsu'), 1, 'target');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'ccp-refuses-23rd-congress'), (select id from grievance where slug = 'revisionism-polemics'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'ccp-refuses-23rd-congress'), (select id from grievance where slug = 'leadership-of-world-communism'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'ccp-refuses-23rd-congress'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Khrushchev Era > Albania', 'This resulted in the Severence of Sino-Soviet relations.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('cultural-revolution', 'The Cultural Revolution',
     'Mao unleashes the Red Guards against ''revisionists'' in his own party; Moscow condemns the chaos and fanaticism, and Red Guards besiege the Soviet embassy.',
     'Launched by the Politburo circular of 16 May 1966, the movement purged the party and plunged China into factional violence. Anti-Soviet fervour peaked in 1967. Soviet propaganda denounced the anarchy and accused China of trading with apartheid South Africa, taking West German help with nuclear research, running an opium trade and supplying American forces in Vietnam.',
     date '1966-05-16', 'day', date '1976-10-06', 'day', date '1976-10-06', (select id from era where slug = 'brezhnev'), 'policy', -1, 'Beijing', 39.9042, 116.4074,
     'The seed lists the Soviet accusations without judging them; the dataset records them as accusations, not facts. The movement is dated from the circular of 16 May 1966 to the arrest of the Gang of Four on 6 October 1976, the end the Chinese party itself recognises.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'cultural-revolution'), (select id from actor where slug = 'mao-zedong'), 0, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'cultural-revolution'), (select id from actor where slug = 'ccp'), 1, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'cultural-revolution'), (select id from actor where slug = 'gang-of-four'), 2, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'cultural-revolution'), (select id from actor where slug = 'ussr'), 3, 'critic');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'cultural-revolution'), (select id from actor where slug = 'south-africa'), 4, 'subject');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'cultural-revolution'), (select id from actor where slug = 'west-germany'), 5, 'subject');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'cultural-revolution'), (select id from grievance where slug = 'rival-paths-to-socialism'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'cultural-revolution'), (select id from grievance where slug = 'chinese-adventurism'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'cultural-revolution'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Brezhnev Era > The Cultural Revolution', 'the Soviet denounced the PRC for being too fanatical and creating a state of anarchy');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'cultural-revolution'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 1, 'Brezhnev Era > The Cultural Revolution', 'Trading illegaly with Apartheid South Africa');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('invasion-of-czechoslovakia', 'Warsaw Pact invasion of Czechoslovakia',
     'Half a million Warsaw Pact troops end the Prague Spring; Beijing condemns ''social-imperialism'' and fears the same could be done to China.',
     'The invasion began on the night of 20-21 August 1968. On 23 August Zhou Enlai denounced Soviet ''fascist politics, great-power chauvinism, national egoism and social-imperialism''. The Soviet claim, soon called the Brezhnev doctrine, that socialist states could intervene where socialism was threatened, turned Chinese hostility into fear.',
     date '1968-08-20', 'day', date '1968-08-21', 'day', date '1968-08-21', (select id from era where slug = 'brezhnev'), 'invasion', -2, 'Prague', 50.0755, 14.4378,
     'Seed 002 says the Brezhnev doctrine ''was put into place'' to crush Czechoslovakia. The doctrine was formulated to justify the invasion afterwards (in Pravda in September and by Brezhnev in November 1968).');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'invasion-of-czechoslovakia'), (select id from actor where slug = 'ussr'), 0, 'aggressor');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'invasion-of-czechoslovakia'), (select id from actor where slug = 'czechoslovakia'), 1, 'target');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'invasion-of-czechoslovakia'), (select id from actor where slug = 'leonid-brezhnev'), 2, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'invasion-of-czechoslovakia'), (select id from actor where slug = 'zhou-enlai'), 3, 'critic');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'invasion-of-czechoslovakia'), (select id from actor where slug = 'mao-zedong'), 4, 'critic');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'invasion-of-czechoslovakia'), (select id from grievance where slug = 'soviet-military-threat'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'invasion-of-czechoslovakia'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Brezhnev Era > The Invasion fo Czechoslovakia', 'he was worried that this doctrine could be used against China');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('zhenbao-island-clash', 'Clash on Zhenbao (Damansky) Island',
     'Chinese troops ambush a Soviet border patrol on a disputed island in the Ussuri; a larger Soviet counter-attack follows on 15 March.',
     'On 2 March 1969 Chinese soldiers killed some thirty Soviet border guards on the island. On 14-15 March the Soviets struck back with tanks and rocket artillery, causing heavy Chinese losses. The fighting brought the two states to the brink of war and persuaded Mao to look to the United States.',
     date '1969-03-02', 'day', date '1969-03-15', 'day', date '1969-03-15', (select id from era where slug = 'brezhnev'), 'border-clash', -2, 'Zhenbao (Damansky) Island, Ussuri River', 46.4889, 133.8436,
     'Seed 002 writes ''Cheng-pao or Damansky''. Cheng-pao is the Wade-Giles form of Zhenbao (珍宝岛); Damansky is the Russian name. The seed''s figure of 4,189 Soviet border violations is a Chinese claim that could not be checked in the references consulted; it is recorded here as the seed''s.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'zhenbao-island-clash'), (select id from actor where slug = 'prc'), 0, 'belligerent');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'zhenbao-island-clash'), (select id from actor where slug = 'ussr'), 1, 'belligerent');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'zhenbao-island-clash'), (select id from actor where slug = 'mao-zedong'), 2, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'zhenbao-island-clash'), (select id from actor where slug = 'leonid-brezhnev'), 3, 'leader');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'zhenbao-island-clash'), (select id from grievance where slug = 'border-dispute'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'zhenbao-island-clash'), (select id from grievance where slug = 'soviet-military-threat'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'zhenbao-island-clash'), (select id from source_document where file_name = '000_b390f599aaf78cad.txt'), 0, 'Timeline', '1969 Sino-Soviet border crisis. Fighting at Damansky Island.');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'zhenbao-island-clash'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 1, 'Brezhnev Era > Sino-Soviet Border war 1969', 'Actual fighting broke out on the 2nd of March 1969 on Cheng-pao or Damansky Island in the Usuri River.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('sino-soviet-border-conflict', 'The Sino-Soviet border conflict',
     'Seven months of clashes along the frontier, from the Ussuri to Xinjiang, amid fear of a Soviet nuclear strike, until the premiers meet in September.',
     'Both sides massed troops; Soviet officials sounded out foreign governments about a strike on China''s nuclear installations, and China dug in for war. Fighting spread to Xinjiang in August. The conflict ended with the Kosygin-Zhou meeting of 11 September and talks on the border, without a settlement.',
     date '1969-03-02', 'day', date '1969-09-11', 'day', date '1969-09-11', (select id from era where slug = 'brezhnev'), 'border-clash', -2, 'Sino-Soviet border', null, null,
     'Seed 002 says fighting continued ''for most of the year''. The dataset dates the conflict from 2 March to the meeting of 11 September 1969 that ended it.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-soviet-border-conflict'), (select id from actor where slug = 'prc'), 0, 'belligerent');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-soviet-border-conflict'), (select id from actor where slug = 'ussr'), 1, 'belligerent');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-soviet-border-conflict'), (select id from actor where slug = 'leonid-brezhnev'), 2, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-soviet-border-conflict'), (select id from actor where slug = 'mao-zedong'), 3, 'leader');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'sino-soviet-border-conflict'), (select id from grievance where slug = 'border-dispute'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'sino-soviet-border-conflict'), (select id from grievance where slug = 'soviet-military-threat'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'sino-soviet-border-conflict'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Brezhnev Era > Sino-Soviet Border war 1969', 'Despite Fighting continuing sporadically for most of the year, no escalation occured.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('tielieketi-incident', 'Clash at Tielieketi in Xinjiang',
     'Soviet forces wipe out a Chinese border patrol on the Xinjiang frontier, the most serious clash after Zhenbao.',
     'Near Lake Zhalanashkol, Soviet border troops with armoured vehicles attacked a Chinese unit, killing some thirty soldiers. Coming as Moscow hinted at nuclear strikes, it drove Beijing to accept talks.',
     date '1969-08-13', 'day', null, null, date '1969-08-13', (select id from era where slug = 'brezhnev'), 'border-clash', -2, 'Tielieketi (Zhalanashkol), Xinjiang-Kazakhstan border', 45.56, 82.25,
     'Not dated in the seeds; added as the clash that shows the fighting spread beyond the Ussuri.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'tielieketi-incident'), (select id from actor where slug = 'ussr'), 0, 'belligerent');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'tielieketi-incident'), (select id from actor where slug = 'prc'), 1, 'belligerent');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'tielieketi-incident'), (select id from grievance where slug = 'border-dispute'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'tielieketi-incident'), (select id from grievance where slug = 'soviet-military-threat'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'tielieketi-incident'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Brezhnev Era > Sino-Soviet Border war 1969', 'Despite Fighting continuing sporadically for most of the year');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('kosygin-zhou-airport-meeting', 'Kosygin and Zhou Enlai meet at Beijing airport',
     'Returning from Ho Chi Minh''s funeral, Kosygin stops in Beijing; in three and a half hours at the airport the premiers agree to pull back and talk.',
     'The meeting produced an understanding to maintain the status quo on the border, avoid armed clashes and open negotiations, which began in Beijing in October 1969. It ended the fighting, though not the hostility.',
     date '1969-09-11', 'day', null, null, date '1969-09-11', (select id from era where slug = 'brezhnev'), 'summit', 1, 'Beijing Capital Airport', 40.0799, 116.6031,
     'Not dated in the seeds; added as the event that ended the 1969 conflict seed 002 describes.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'kosygin-zhou-airport-meeting'), (select id from actor where slug = 'alexei-kosygin'), 0, 'visitor');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'kosygin-zhou-airport-meeting'), (select id from actor where slug = 'zhou-enlai'), 1, 'host');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'kosygin-zhou-airport-meeting'), (select id from grievance where slug = 'border-dispute'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'kosygin-zhou-airport-meeting'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Brezhnev Era > Sino-Soviet Border war 1969', 'no escalation occured');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('mao-dies', 'Mao Zedong dies',
     'The death of the man who made the split opens the way, slowly, to its end.',
     'Mao died on 9 September 1976. Moscow sent condolences, which Beijing returned as coming from a party with which it had no relations; but without Mao the ideological quarrel began to lose its force.',
     date '1976-09-09', 'day', null, null, date '1976-09-09', (select id from era where slug = 'brezhnev'), 'death', 1, 'Beijing', 39.9042, 116.4074,
     'Seed 002 gives the year; Mao died on 9 September 1976.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'mao-dies'), (select id from actor where slug = 'mao-zedong'), 0, 'subject');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'mao-dies'), (select id from actor where slug = 'hua-guofeng'), 1, 'successor');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'mao-dies'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Sino-Soviet rapproachement', 'Mao Zedong had died in 1976');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('gang-of-four-arrested', 'The Gang of Four is arrested',
     'Mao''s radical heirs, led by his widow Jiang Qing, are seized in a palace coup organised by Hua Guofeng.',
     'The arrest ended the Cultural Revolution and removed its most ideological, and most anti-Soviet, leaders, clearing the way for Deng Xiaoping''s return.',
     date '1976-10-06', 'day', null, null, date '1976-10-06', (select id from era where slug = 'brezhnev'), 'leadership-change', 1, 'Beijing', 39.9042, 116.4074,
     'Seed 002 gives no date; the arrests were made on 6 October 1976.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'gang-of-four-arrested'), (select id from actor where slug = 'gang-of-four'), 0, 'subject');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'gang-of-four-arrested'), (select id from actor where slug = 'hua-guofeng'), 1, 'leader');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'gang-of-four-arrested'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Sino-Soviet rapproachement', 'The anti Soviet Gang of Four were overthrown');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('soviet-vietnamese-treaty', 'Soviet-Vietnamese Treaty of Friendship and Cooperation',
     'Vietnam allies itself with the Soviet Union, weeks before invading Cambodia; Beijing sees itself encircled.',
     'The twenty-five-year treaty provided for consultation and ''effective measures'' if either party were attacked, and soon gave the Soviet navy the use of Cam Ranh Bay. It covered Vietnam against China when it moved on Cambodia.',
     date '1978-11-03', 'day', null, null, date '1978-11-03', (select id from era where slug = 'brezhnev'), 'treaty', -2, 'Moscow', 55.752, 37.6175,
     'Seed 002 calls it a ''Treaty of Peace and Friendship'' of 1978. It was signed on 3 November 1978 as the Treaty of Friendship and Cooperation.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-vietnamese-treaty'), (select id from actor where slug = 'ussr'), 0, 'signatory');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-vietnamese-treaty'), (select id from actor where slug = 'vietnam'), 1, 'signatory');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-vietnamese-treaty'), (select id from actor where slug = 'leonid-brezhnev'), 2, 'signatory');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'soviet-vietnamese-treaty'), (select id from grievance where slug = 'vietnam-and-cambodia'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'soviet-vietnamese-treaty'), (select id from grievance where slug = 'influence-in-asia'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'soviet-vietnamese-treaty'), (select id from grievance where slug = 'soviet-military-threat'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'soviet-vietnamese-treaty'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Sino-Soviet relations and Indochina', 'In 1978, Relations were formalized in the Soviet-Vietnamese Treaty of Peace and Friendship.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('deng-xiaoping-takes-the-lead', 'Deng Xiaoping becomes China''s paramount leader',
     'The Third Plenum of the Eleventh Central Committee adopts Deng''s course of reform and opening, making him the effective leader.',
     'Deng never took the top titles, but from this plenum he set China''s course. In the short run his China confronted the Soviet Union''s ally Vietnam and drew closer to the United States; in the 1980s his pragmatism allowed the slow normalisation with Moscow.',
     date '1978-12-18', 'day', date '1978-12-22', 'day', date '1978-12-22', (select id from era where slug = 'brezhnev'), 'leadership-change', 0, 'Beijing', 39.9042, 116.4074,
     'Seed 002 counts Deng''s rise among the causes of rapprochement without a date. The dataset dates it to the Third Plenum, 18-22 December 1978, and gives impact 0, since its first effect was confrontation in Indochina.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'deng-xiaoping-takes-the-lead'), (select id from actor where slug = 'deng-xiaoping'), 0, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'deng-xiaoping-takes-the-lead'), (select id from actor where slug = 'ccp'), 1, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'deng-xiaoping-takes-the-lead'), (select id from actor where slug = 'hua-guofeng'), 2, 'predecessor');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'deng-xiaoping-takes-the-lead'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Sino-Soviet rapproachement', 'Deng Xiaoping becoming the leader of the PRC');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('vietnam-invades-cambodia', 'Vietnam invades Cambodia',
     'With Soviet backing, Vietnam invades Cambodia and overthrows China''s ally Pol Pot, taking Phnom Penh on 7 January 1979.',
     'After years of border fighting with the Khmer Rouge, Vietnam sent some twelve divisions into Cambodia. The occupation lasted until 1989 and became the main obstacle between Beijing and Moscow. Vietnam had also driven out hundreds of thousands of ethnic Chinese in 1978.',
     date '1978-12-25', 'day', null, null, date '1978-12-25', (select id from era where slug = 'brezhnev'), 'invasion', -2, 'Phnom Penh', 11.5564, 104.9282,
     'Seed 002 dates the invasion to 24 December 1978. Vietnam launched its full-scale invasion on 25 December 1978, after limited attacks from 21 December; the dataset uses the 25th.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'vietnam-invades-cambodia'), (select id from actor where slug = 'vietnam'), 0, 'aggressor');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'vietnam-invades-cambodia'), (select id from actor where slug = 'cambodia'), 1, 'target');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'vietnam-invades-cambodia'), (select id from actor where slug = 'pol-pot'), 2, 'target');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'vietnam-invades-cambodia'), (select id from actor where slug = 'prc'), 3, 'supporter');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'vietnam-invades-cambodia'), (select id from actor where slug = 'ussr'), 4, 'supporter');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'vietnam-invades-cambodia'), (select id from grievance where slug = 'vietnam-and-cambodia'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'vietnam-invades-cambodia'), (select id from grievance where slug = 'influence-in-asia'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'vietnam-invades-cambodia'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Sino-Soviet relations and Indochina', 'In 24th December 1978, Vietnam invaded Cambodia to overthrow Pol Pot');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('sino-vietnamese-war', 'China attacks Vietnam',
     'China invades northern Vietnam to ''teach it a lesson'' for Cambodia, withdrawing after a month of costly fighting; Moscow does not intervene.',
     'Some 200,000 Chinese troops took Lạng Sơn and other border towns before withdrawing by 16 March. The Soviet Union sent ships and supplies but did not fight, which Beijing read as a sign its treaty with Hanoi was hollow.',
     date '1979-02-17', 'day', date '1979-03-16', 'day', date '1979-03-16', (select id from era where slug = 'brezhnev'), 'war', -1, 'Lạng Sơn', 21.8537, 106.7615,
     'Seed 002 calls the war ''a major lost and setback'' for China. Both sides claimed victory; historians judge it costly and inconclusive for China, which failed to force Vietnam out of Cambodia. The dataset records the seed''s verdict as an opinion.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-vietnamese-war'), (select id from actor where slug = 'prc'), 0, 'aggressor');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-vietnamese-war'), (select id from actor where slug = 'vietnam'), 1, 'target');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-vietnamese-war'), (select id from actor where slug = 'deng-xiaoping'), 2, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-vietnamese-war'), (select id from actor where slug = 'ussr'), 3, 'supporter');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'sino-vietnamese-war'), (select id from grievance where slug = 'vietnam-and-cambodia'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'sino-vietnamese-war'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Sino-Soviet relations and Indochina', 'on 17th February 1979 invaded Vietnam');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('soviet-invasion-of-afghanistan', 'Soviet invasion of Afghanistan',
     'Soviet troops enter Afghanistan and install a new government; China suspends the talks it had just opened with Moscow.',
     'The intervention began on 24 December 1979; on the 27th Soviet special forces killed Hafizullah Amin. China saw another step in Soviet encirclement and made withdrawal from Afghanistan one of its three conditions.',
     date '1979-12-24', 'day', null, null, date '1979-12-24', (select id from era where slug = 'brezhnev'), 'invasion', -2, 'Kabul', 34.5553, 69.2075,
     'Seed 002 lists the invasion without a date; the deployment began on 24 December 1979.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-invasion-of-afghanistan'), (select id from actor where slug = 'ussr'), 0, 'aggressor');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-invasion-of-afghanistan'), (select id from actor where slug = 'afghanistan'), 1, 'target');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-invasion-of-afghanistan'), (select id from actor where slug = 'leonid-brezhnev'), 2, 'leader');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'soviet-invasion-of-afghanistan'), (select id from grievance where slug = 'soviet-military-threat'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'soviet-invasion-of-afghanistan'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Sino-Soviet rapproachement', 'the USSR invasion of Afghanistan');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('brezhnev-dies', 'Brezhnev dies',
     'Brezhnev dies; Yuri Andropov succeeds him. In Tashkent that March Brezhnev had offered talks without conditions.',
     'Brezhnev''s death closes the era of greatest hostility. China seized on it to signal readiness for better relations. The day itself closes the Brezhnev era.',
     date '1982-11-10', 'day', null, null, date '1982-11-10', (select id from era where slug = 'brezhnev'), 'death', 1, 'Moscow', 55.752, 37.6175,
     'Seed 002 gives the year; Brezhnev died on 10 November 1982.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'brezhnev-dies'), (select id from actor where slug = 'leonid-brezhnev'), 0, 'subject');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'brezhnev-dies'), (select id from actor where slug = 'yuri-andropov'), 1, 'successor');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'brezhnev-dies'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Sino-Soviet rapproachement', 'Brezhnev death in 1982');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('brezhnev-funeral', 'China''s foreign minister at Brezhnev''s funeral',
     'Huang Hua, the most senior Chinese official to visit Moscow since 1964, attends the funeral and holds the first foreign ministers'' talks in two decades.',
     'Deng Xiaoping chose to send his foreign minister as special envoy. The Soviets gave the delegation pride of place among the socialist delegations, and Huang met Gromyko for nearly two hours. Disagreement over Cambodia remained, but the tone had changed.',
     date '1982-11-15', 'day', null, null, date '1982-11-15', (select id from era where slug = 'rapprochement'), 'diplomacy', 1, 'Red Square, Moscow', 55.7539, 37.6208,
     'Seed 002 says ''high-ranking Chinese officials'' attended without a date. The funeral was on 15 November 1982; the Chinese delegation was led by Foreign Minister Huang Hua.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'brezhnev-funeral'), (select id from actor where slug = 'huang-hua'), 0, 'delegate');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'brezhnev-funeral'), (select id from actor where slug = 'yuri-andropov'), 1, 'host');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'brezhnev-funeral'), (select id from actor where slug = 'prc'), 2, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'brezhnev-funeral'), (select id from actor where slug = 'ussr'), 3, 'host');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'brezhnev-funeral'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Sino-Soviet rapproachement', 'high-ranking Chinese officials attended Brezhnev''s funeral');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('gorbachev-becomes-leader', 'Gorbachev becomes Soviet leader',
     'The day after Chernenko''s death, the Central Committee elects Mikhail Gorbachev General Secretary; he soon calls for a serious improvement with China.',
     'Gorbachev made better relations with China part of his ''new thinking'' in foreign policy, and China''s Vice-Premier Li Peng was received warmly at Chernenko''s funeral.',
     date '1985-03-11', 'day', null, null, date '1985-03-11', (select id from era where slug = 'rapprochement'), 'leadership-change', 1, 'Moscow', 55.752, 37.6175,
     'Seed 002 gives no date; Gorbachev was elected on 11 March 1985.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'gorbachev-becomes-leader'), (select id from actor where slug = 'mikhail-gorbachev'), 0, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'gorbachev-becomes-leader'), (select id from actor where slug = 'konstantin-chernenko'), 1, 'predecessor');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'gorbachev-becomes-leader'), (select id from actor where slug = 'cpsu'), 2, 'participant');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'gorbachev-becomes-leader'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Mikhail Gorbachev and Deng Xiao Ping', 'With Gorbachev assuming Soviet leadership, there were real chances of improving Sino-Soviet relations.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('sino-soviet-trade-agreement-1985', 'Long-term trade agreement for 1986-1990',
     'China and the Soviet Union sign a five-year trade agreement to double trade by 1990, and Moscow agrees to modernise plants it built in the 1950s.',
     'Vice-Premier Yao Yilin and First Deputy Premier Ivan Arkhipov signed the first long-term agreement in over twenty years, worth some US$14 billion, together with an agreement on economic and technical cooperation under which the Soviet Union would build seven plants and renovate seventeen.',
     date '1985-07-10', 'day', null, null, date '1985-07-10', (select id from era where slug = 'rapprochement'), 'agreement', 1, 'Moscow', 55.752, 37.6175,
     'Seed 002 says new trade agreements were drawn up in 1986. The agreement covering 1986-1990 was signed on 10 July 1985. The seed''s ''procedures for full diplomatic relations restored'' is also inexact: diplomatic relations had never been broken; it was party relations, and relations at summit level, that were restored, in May 1989.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-soviet-trade-agreement-1985'), (select id from actor where slug = 'prc'), 0, 'signatory');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'sino-soviet-trade-agreement-1985'), (select id from actor where slug = 'ussr'), 1, 'signatory');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'sino-soviet-trade-agreement-1985'), (select id from grievance where slug = 'withdrawal-of-soviet-aid'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'sino-soviet-trade-agreement-1985'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Mikhail Gorbachev and Deng Xiao Ping', 'In 1986, new trade agreements were drawn up and procedures for full diplomatic relations restored.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('vladivostok-speech', 'Gorbachev''s Vladivostok speech',
     'Gorbachev offers China talks ''at any level'', accepts the main channel of the border rivers as the frontier and promises troop cuts in Mongolia and Afghanistan.',
     'The speech addressed, at least in part, each of China''s three obstacles, and conceded the Chinese position on the river boundary. Beijing welcomed it cautiously and pressed for more on Cambodia.',
     date '1986-07-28', 'day', null, null, date '1986-07-28', (select id from era where slug = 'rapprochement'), 'speech', 1, 'Vladivostok', 43.1155, 131.8855,
     'Not dated in the seeds; added as the act that shows, in seed 002''s words, that improving relations was Gorbachev''s goal.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'vladivostok-speech'), (select id from actor where slug = 'mikhail-gorbachev'), 0, 'speaker');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'vladivostok-speech'), (select id from actor where slug = 'prc'), 1, 'target');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'vladivostok-speech'), (select id from grievance where slug = 'soviet-military-threat'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'vladivostok-speech'), (select id from grievance where slug = 'border-dispute'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'vladivostok-speech'), (select id from grievance where slug = 'vietnam-and-cambodia'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'vladivostok-speech'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Mikhail Gorbachev and Deng Xiao Ping', 'This was indeed Gorbachev''s goal');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('deng-three-obstacles', 'Deng makes Cambodia the condition for a summit',
     'Deng says he will meet Gorbachev anywhere once Moscow helps end Vietnam''s occupation of Cambodia, the chief of China''s three obstacles.',
     'In an interview given on 2 September 1986 and broadcast on CBS''s 60 Minutes, Deng named the three obstacles (Soviet troops on the border and in Mongolia, Afghanistan, and Cambodia) and made Cambodia the first. Through 1987 and 1988 Beijing turned aside Soviet proposals for a summit until Vietnam''s withdrawal was in sight.',
     date '1986-09-02', 'day', date '1988-01-01', 'year', date '1988-12-31', (select id from era where slug = 'rapprochement'), 'diplomacy', -1, 'Beijing', 39.9042, 116.4074,
     'Seed 002 dates the refusal to 1987. China''s condition was first stated publicly in Deng''s interview of 2 September 1986 and held through 1987 and 1988; the dataset runs the event from that day to 1988.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'deng-three-obstacles'), (select id from actor where slug = 'deng-xiaoping'), 0, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'deng-three-obstacles'), (select id from actor where slug = 'mikhail-gorbachev'), 1, 'target');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'deng-three-obstacles'), (select id from actor where slug = 'vietnam'), 2, 'subject');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'deng-three-obstacles'), (select id from grievance where slug = 'vietnam-and-cambodia'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'deng-three-obstacles'), (select id from grievance where slug = 'soviet-military-threat'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'deng-three-obstacles'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Mikhail Gorbachev and Deng Xiao Ping', '1987 Gorbachev attempted to meet Deng but the Chinese refused on the basis of the Vietnamese still occupying Cambodia.');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'deng-three-obstacles'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 1, 'Sino-Soviet rapproachement', 'Soviet Support of the Vietnamese Occupation of Cambodia');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('cultural-cooperation-plan-1988', 'Cultural cooperation plan for 1988-1990',
     'The two governments sign a three-year plan of exchanges in science, education, culture, broadcasting and sport.',
     'The plan, based on the cultural cooperation agreement of 1956, provided for exchanges of scholars, students, teachers and artists; it marked how far the thaw had gone a year before the summit.',
     date '1988-05-04', 'day', null, null, date '1988-05-04', (select id from era where slug = 'rapprochement'), 'agreement', 1, null, null, null,
     'Seed 002 gives May 1988. The plan was signed and took effect on 4 May 1988.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'cultural-cooperation-plan-1988'), (select id from actor where slug = 'prc'), 0, 'signatory');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'cultural-cooperation-plan-1988'), (select id from actor where slug = 'ussr'), 1, 'signatory');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'cultural-cooperation-plan-1988'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Mikhail Gorbachev and Deng Xiao Ping', 'In May 1988, a culture exchange agreement was signed');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('tiananmen-protests', 'Tiananmen Square protests',
     'Students and citizens occupy Tiananmen Square demanding reform; they hail the visiting Gorbachev as a reformer, and the army crushes the movement on 4 June.',
     'The protests began on 15 April after the death of the reformer Hu Yaobang; on 13 May students began a hunger strike in the square to press the leadership before Gorbachev''s arrival, and the summit''s welcome ceremony had to be moved. Martial law followed on 20 May and the massacre on the night of 3-4 June. The contrast between Gorbachev''s political reform and Deng''s refusal of it was stark.',
     date '1989-04-15', 'day', date '1989-06-04', 'day', date '1989-06-04', (select id from era where slug = 'rapprochement'), 'protest', 0, 'Tiananmen Square, Beijing', 39.9055, 116.3976,
     'Seed 002 says the protests began ''a few days before Gorbachev''s visit''. They began a month earlier, on 15 April 1989; what began a few days before was the hunger strike, on 13 May.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'tiananmen-protests'), (select id from actor where slug = 'deng-xiaoping'), 0, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'tiananmen-protests'), (select id from actor where slug = 'mikhail-gorbachev'), 1, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'tiananmen-protests'), (select id from actor where slug = 'ccp'), 2, 'target');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'tiananmen-protests'), (select id from grievance where slug = 'rival-paths-to-socialism'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'tiananmen-protests'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Tiananmen Square 1989 and the end of the Soviet Union', 'A few days before Gorbachev''s visit, there were protests in Tiananmen Square seeking for Democratic reform.');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'tiananmen-protests'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 1, 'Tiananmen Square 1989 and the end of the Soviet Union', 'The protestors welcomed Gorbachev as a hero of reform.');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('gorbachev-visits-beijing-1989', 'Gorbachev in Beijing: relations normalised',
     'The first Sino-Soviet summit since 1959: Deng and Gorbachev declare relations between the states, and between the parties, normalised.',
     'Deng received Gorbachev on 16 May in the Great Hall of the People while hundreds of thousands filled the square outside. They agreed to ''close the past and open the future''; Vietnam had announced its withdrawal from Cambodia and Soviet troops were leaving Afghanistan and Mongolia.',
     date '1989-05-15', 'day', date '1989-05-18', 'day', date '1989-05-18', (select id from era where slug = 'rapprochement'), 'summit', 2, 'Great Hall of the People, Beijing', 39.9035, 116.3875,
     'Seed 002 does not date the visit. It lasted from 15 to 18 May 1989.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'gorbachev-visits-beijing-1989'), (select id from actor where slug = 'mikhail-gorbachev'), 0, 'visitor');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'gorbachev-visits-beijing-1989'), (select id from actor where slug = 'deng-xiaoping'), 1, 'host');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'gorbachev-visits-beijing-1989'), (select id from actor where slug = 'ussr'), 2, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'gorbachev-visits-beijing-1989'), (select id from actor where slug = 'prc'), 3, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'gorbachev-visits-beijing-1989'), (select id from actor where slug = 'cpsu'), 4, 'participant');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'gorbachev-visits-beijing-1989'), (select id from actor where slug = 'ccp'), 5, 'participant');
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'gorbachev-visits-beijing-1989'), (select id from grievance where slug = 'vietnam-and-cambodia'));
insert into event_grievance (event_id, grievance_id) values ((select id from event where slug = 'gorbachev-visits-beijing-1989'), (select id from grievance where slug = 'revisionism-polemics'));
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'gorbachev-visits-beijing-1989'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Tiananmen Square 1989 and the end of the Soviet Union', 'A few days before Gorbachev''s visit');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'gorbachev-visits-beijing-1989'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 1, 'Mikhail Gorbachev and Deng Xiao Ping', 'there were real chances of improving Sino-Soviet relations');

insert into event (slug, title, summary, description, start_on, start_precision, end_on, end_precision, last_day,
        era_id, event_type, impact, location_name, latitude, longitude, notes) values
    ('soviet-union-dissolved', 'The Soviet Union is dissolved',
     'The Soviet Union ceases to exist; China, which had warned against Gorbachev''s reforms, recognises Russia as its successor.',
     'Gorbachev resigned on 25 December 1991 and on 26 December the Soviet of the Republics declared the Union dissolved. The Chinese leadership drew the lesson that political liberalisation had destroyed Soviet communism and held to economic reform under party control.',
     date '1991-12-26', 'day', null, null, date '1991-12-26', (select id from era where slug = 'rapprochement'), 'dissolution', 0, 'Moscow', 55.752, 37.6175,
     'Seed 002 says the USSR collapsed in 1990. It was dissolved on 26 December 1991, by the declaration of the Soviet of the Republics of the Supreme Soviet, the day after Gorbachev resigned; the dataset ends the rapprochement era on that day.');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-union-dissolved'), (select id from actor where slug = 'ussr'), 0, 'subject');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-union-dissolved'), (select id from actor where slug = 'mikhail-gorbachev'), 1, 'leader');
insert into event_actor (event_id, actor_id, sequence_no, actor_role) values ((select id from event where slug = 'soviet-union-dissolved'), (select id from actor where slug = 'prc'), 2, 'participant');
insert into event_source (event_id, document_id, sequence_no, section, quote) values ((select id from event where slug = 'soviet-union-dissolved'), (select id from source_document where file_name = '002_208eeb2e8e4ee72a.txt'), 0, 'Tiananmen Square 1989 and the end of the Soviet Union', 'It turned out that Deng''s policy as the USSR collpased in 1990 due to the increased of political freedoms.');

