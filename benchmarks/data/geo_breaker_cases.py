"""Wire-style snippets aimed at the four place rules of session 11 (written 2026-11-30 by a
helper, s11_breaker, from general knowledge; not gold from a corpus).

Same format as benchmarks/data/geo_wire_cases.py:
    (id, rule, text, [(name, expected description, lat, lon, tol_km)])
tol_km < 0: any ADM1 counts (the "Toco, Texas" -> Texas reading of rule 1); where the
expected place is a small town in a named country the tolerance is set so that the country's
own point passes too (e.g. Kfar Aza, Bajo Chiquito): the country is an acceptable answer there.

Rules: "1" = "A, B" with B a state / ADM1 / country; "2" = "A, B" with B a city of 100,000+;
"3" = possessive "B's A"; "4" = a place named as an actor counts half as context.

NOT_PLACES lists names that are people or organisations and must not come back as places
(checked by benchmarks/geo_wire_checks.py, as the cases are).
ODD_INPUTS are texts that must not crash find_places / resolve_spans.
"""

# (id, rule, text, [(name, expected description, lat, lon, tol_km)])
CASES = [
# ---- rule 1: "A, B" with B a US state / ADM1 / country
("B1a","1","After the shelling of Shebekino, Ukraine denied any role, and Russian officials said two people were hurt.",[("Shebekino","Shebekino, Belgorod oblast, Russia",50.41,36.90,30)]),
("B1b","1","Taliban fighters attacked checkpoints in Qalat, Uruzgan and Ghazni provinces overnight, officials said.",[("Qalat","Qalat, Zabul, Afghanistan",32.11,66.91,30),("Uruzgan","Uruzgan province",32.9,66.0,-1)]),
("B1c","1","Militants attacked army posts in Baiji, Diyala and Anbar on Sunday, Iraqi officials said.",[("Baiji","Baiji, Salahuddin, Iraq",34.93,43.49,30)]),
("B1d","1","Russian forces captured Krasnohorivka, Russia's defence ministry said on Saturday.",[("Krasnohorivka","Krasnohorivka, Donetsk oblast, Ukraine",48.00,37.50,30)]),
("B1e","1","Settlers set fire to cars and homes in Huwara, Israel's army said, after two Israelis were shot dead nearby.",[("Huwara","Huwara, West Bank",32.15,35.26,20)]),
("B1f","1","Near Vuhledar, Russia lost dozens of tanks in a failed assault, Ukrainian officials said.",[("Vuhledar","Vuhledar, Donetsk oblast, Ukraine",47.78,37.25,30)]),
("B1g","1","Fighting raged around Kupiansk, Russia's main target in the north, the regional governor said.",[("Kupiansk","Kupiansk, Kharkiv oblast, Ukraine",49.71,37.62,30)]),
("B1h","1","Congo's army said rebels attacked a displacement camp in Djugu, Congo's Ituri province, killing 40 people.",[("Djugu","Djugu, Ituri, DR Congo",1.92,30.50,150)]),
("B1i","1","HOLLIDAY, Mo. (AP) — A tornado destroyed a church and three homes on Tuesday night, the sheriff said.",[("HOLLIDAY","Holliday, Missouri (or the state)",39.49,-92.13,100)]),
("B1j","1","TOCO, Texas (AP) — The town's water tower collapsed overnight, leaving 75 residents without water.",[("TOCO","Toco, Texas (or the state)",33.66,-95.64,400)]),
("B1k","1","ODESSA, Texas (AP) — A gunman killed seven people during a running gun battle after a traffic stop.",[("ODESSA","Odessa, Texas",31.85,-102.37,20)]),
("B1l","1","Storms killed three people in Mayfield, Kentucky, and Monette, Arkansas, on Friday night.",[("Mayfield","Mayfield, Kentucky",36.74,-88.64,20),("Monette","Monette, Arkansas (or the state)",35.89,-90.34,250)]),
("B1m","1","Tornadoes hit Toco, Texas, and Holliday, Missouri, overnight, the National Weather Service said.",[("Toco","Toco, Texas (or the state)",33.66,-95.64,400),("Holliday","Holliday, Missouri (or the state)",39.49,-92.13,100)]),
("B1n","1","Hamas gunmen killed dozens of residents in Kfar Aza, Israel, on October 7, the army said.",[("Kfar Aza","Kfar Aza, Israel (or Israel)",31.48,34.53,30)]),
("B1o","1","Migrants arrived in Bajo Chiquito, Panama, after a week crossing the Darien Gap.",[("Bajo Chiquito","Bajo Chiquito, Darien (or Panama)",8.03,-77.84,300)]),
("B1p","1","Hundreds of migrants crossed into Mexico at El Ceibo, Guatemala, on Monday.",[("El Ceibo","El Ceibo border post, Peten (or Guatemala)",17.26,-90.99,250)]),
("B1q","1","Gunmen attacked a church in Owo, Ondo state, killing 40 worshippers during Pentecost mass.",[("Owo","Owo, Ondo, Nigeria",7.20,5.59,20)]),
("B1r","1","Protests broke out in Haris, Varzaqan and Ahar after the earthquake, Iranian media reported.",[("Haris","Haris, East Azerbaijan, Iran",38.33,46.65,60),("Varzaqan","Varzaqan, East Azerbaijan, Iran",38.51,46.65,30)]),
("B1s","1","Hundreds fled Shusha, Azerbaijan's new prize in Karabakh, as Armenian residents left.",[("Shusha","Shusha, Azerbaijan",39.76,46.75,20)]),
("B1u","1","Russian troops closed in on Pokrovsk, Ukraine's main logistics hub in the Donbas, the army said.",[("Pokrovsk","Pokrovsk, Donetsk oblast, Ukraine",48.28,37.18,20)]),
("B1t","1","Two soldiers were killed in Tubas, Israel's army said on Wednesday.",[("Tubas","Tubas, West Bank",32.32,35.37,20)]),
# ---- rule 2: "A, B" with B a city of 100,000+
("B2a","2","Protesters gathered on Tahrir Street, Baghdad, for a fourth day to demand jobs and electricity.",[("Tahrir Street","Tahrir Street, Baghdad",33.33,44.42,15)]),
("B2b","2","Thousands rallied in Independence Square, Kyiv, to mark the anniversary of the revolution.",[("Independence Square","Maidan Nezalezhnosti, Kyiv",50.45,30.52,10)]),
("B2c","2","Police closed Hamra Street, Beirut, after a depositor took hostages inside a bank.",[("Hamra Street","Hamra Street, Beirut",33.90,35.48,10)]),
("B2d","2","Police sealed off Whyte Avenue, Edmonton, after a stabbing outside a bar on Saturday.",[("Whyte Avenue","Whyte Avenue, Edmonton",53.52,-113.50,15)]),
("B2e","2","A gunman opened fire at the Bataclan, Paris, during a rock concert.",[("Bataclan","Bataclan, Paris",48.86,2.37,10)]),
("B2f","2","Police cleared a protest camp in Kibera, Nairobi, on Tuesday.",[("Kibera","Kibera, Nairobi",-1.31,36.79,10)]),
("B2g","2","Police raided homes in Molenbeek, Brussels, after the attacks.",[("Molenbeek","Molenbeek, Brussels",50.85,4.33,10)]),
("B2h","2","Gangs clashed in Lyari, Karachi, for a third day, leaving 12 dead.",[("Lyari","Lyari, Karachi",24.87,66.99,15)]),
("B2i","2","Riots spread to Tottenham, London, on Sunday night after a police shooting.",[("Tottenham","Tottenham, London",51.60,-0.07,10)]),
("B2j","2","Shelling hit Vovchansk, Kharkiv and Kupiansk overnight, the governor said.",[("Vovchansk","Vovchansk, Kharkiv oblast",50.29,36.94,20)]),
("B2k","2","Fighting continued in Kreminna, Sievierodonetsk and Lysychansk, the Luhansk governor said.",[("Kreminna","Kreminna, Luhansk oblast",49.05,38.22,20),("Sievierodonetsk","Sievierodonetsk, Luhansk oblast",48.95,38.49,20)]),
("B2l","2","Russian missiles hit Kupiansk, Kramatorsk and Sloviansk overnight, Ukrainian officials said.",[("Kupiansk","Kupiansk, Kharkiv oblast",49.71,37.62,30)]),
("B2m","2","Shelling hit Izium, Sloviansk and Kramatorsk on Sunday, the governor said.",[("Izium","Izium, Kharkiv oblast",49.21,37.26,20)]),
# ---- rule 3: possessive "B's A"
("B3a","3","Russia's Izium offensive stalled in April as Ukrainian forces held the line near Sloviansk.",[("Izium","Izium, Kharkiv oblast, Ukraine",49.21,37.26,20)]),
("B3b","3","Russia's Bucha massacre shocked the world when the bodies were found in April 2022.",[("Bucha","Bucha, Kyiv oblast, Ukraine",50.55,30.21,15)]),
("B3c","3","Israel's Nuseirat raid freed four hostages and killed more than 270 Palestinians, health officials said.",[("Nuseirat","Nuseirat camp, Gaza",31.45,34.39,10)]),
("B3d","3","London's Gatwick airport was closed for 36 hours after drone sightings.",[("Gatwick airport","Gatwick Airport, West Sussex",51.15,-0.19,10)]),
("B3e","3","London's Stansted airport was closed after a bomb scare on a Ryanair flight.",[("Stansted airport","Stansted Airport, Essex",51.89,0.26,10)]),
("B3f","3","London's Victoria station was closed after a bomb scare during the evening rush hour.",[("Victoria","Victoria station, London",51.50,-0.14,10)]),
("B3g","3","Washington's Mount Vernon estate drew a million visitors last year, the foundation said.",[("Mount Vernon","Mount Vernon estate, Virginia",38.71,-77.09,20)]),
("B3h","3","Tehran's Evin prison was hit by a fire overnight, state media said.",[("Evin","Evin prison, Tehran",35.80,51.39,20)]),
("B3i","3","Israeli jets struck Beirut's Dahiyeh for the third night running.",[("Dahiyeh","Dahiyeh, southern suburbs of Beirut",33.85,35.51,10)]),
("B3j","3","Kyiv's Maidan filled with protesters after the president refused to sign the EU deal.",[("Maidan","Maidan, Kyiv",50.45,30.52,10)]),
("B3k","3","Greece's Tripoli hosted the regional fair on Sunday, drawing farmers from across the Peloponnese.",[("Tripoli","Tripoli, Arcadia, Greece",37.51,22.38,20)]),
("B3l","3","Ontario's Kingston lost its penitentiary in 2013, and the city now runs tours of the old cells.",[("Kingston","Kingston, Ontario",44.23,-76.48,20)]),
("B3m","3","Kansas' Manhattan was hit by a tornado on Sunday, damaging the Kansas State campus.",[("Manhattan","Manhattan, Kansas",39.18,-96.57,20)]),
("B3n","3","New Hampshire's Manchester hosts the first primary debate on Thursday.",[("Manchester","Manchester, New Hampshire",43.0,-71.45,20)]),
("B3o","3","Spain's Valencia was hit by floods that killed more than 200 people.",[("Valencia","Valencia (city), Spain",39.47,-0.38,30)]),
("B3p","3","Georgia's Savannah port handled record container volumes last year.",[("Georgia","Georgia (US state)",32.7,-83.4,-1),("Savannah","Savannah, Georgia",32.08,-81.10,20)]),
("B3q","3","Jerusalem's Old City was sealed off by police after a stabbing near the Damascus Gate.",[("Old City","Old City of Jerusalem",31.78,35.23,5)]),
("B3r","3","Moscow's Domodedovo airport was hit by a suicide bomber who killed 37 people.",[("Domodedovo","Domodedovo, Moscow oblast",55.41,37.90,25)]),
("B3s","3","Gaza's Shifa hospital was surrounded by Israeli tanks, witnesses said.",[("Shifa","Al-Shifa hospital, Gaza City",31.52,34.44,15)]),
("B3t","3","Karachi's Lyari district saw gang clashes for a third day.",[("Lyari","Lyari, Karachi",24.87,66.99,15)]),
("B3u","3","The Philippines' San Fernando was flooded after the typhoon, the disaster agency said.",[("San Fernando","San Fernando, Philippines (Pampanga or La Union)",15.03,120.69,200)]),
("B3w","3","Ukraine's Sudzha incursion caught Moscow by surprise, Russian military bloggers said.",[("Sudzha","Sudzha, Kursk oblast, Russia",51.19,35.27,20)]),
("B3v","3","Texas' Paris is home to a replica Eiffel Tower wearing a red cowboy hat.",[("Paris","Paris, Texas",33.66,-95.56,20)]),
# ---- rule 4: a place named as an actor counts half as context
("B4a","4","Lebanon's army said it arrested five militants in Tripoli after clashes with Alawite gunmen.",[("Tripoli","Tripoli, Lebanon",34.44,35.85,30)]),
("B4b","4","Canada's public safety minister visited Kingston after the riot at the penitentiary.",[("Kingston","Kingston, Ontario",44.23,-76.48,30)]),
("B4c","4","Malaysia's police said a bomb threat closed schools in Georgetown on Tuesday.",[("Georgetown","George Town, Penang",5.41,100.33,30)]),
("B4d","4","Spain's king visited Valencia after the floods killed more than 200 people.",[("Valencia","Valencia (city), Spain",39.47,-0.38,30)]),
("B4e","4","Jamaica's police said two men were shot dead in Manchester on Sunday.",[("Manchester","Manchester parish, Jamaica",18.05,-77.51,40)]),
("B4f","4","Scotland's police said a man was stabbed in Perth on Saturday night.",[("Perth","Perth, Scotland",56.40,-3.43,20)]),
("B4g","4","New Zealand's police said a man was shot dead in Hamilton on Friday.",[("Hamilton","Hamilton, New Zealand",-37.78,175.28,20)]),
("B4h","4","Pakistan's army said militants attacked a police station in Hyderabad, killing four officers.",[("Hyderabad","Hyderabad, Sindh",25.39,68.37,30)]),
("B4i","4","Georgia's governor declared a state of emergency in Columbus and Albany after the storm.",[("Georgia","Georgia (US state)",32.7,-83.4,-1),("Columbus","Columbus, Georgia",32.46,-84.99,20),("Albany","Albany, Georgia",31.58,-84.16,20)]),
("B4j","4","Washington's governor toured flood damage in Vancouver and Longview on Monday.",[("Vancouver","Vancouver, Washington",45.64,-122.66,20)]),
("B4k","4","Oregon's governor declared a wildfire emergency around Salem as evacuations spread.",[("Salem","Salem, Oregon",44.94,-123.04,20)]),
("B4l","4","The UK government said it would fund new hospitals in Gloucester and Cambridge.",[("Gloucester","Gloucester, England",51.86,-2.24,20),("Cambridge","Cambridge, England",52.2,0.12,20)]),
("B4m","4","Trinidad and Tobago's police said a man was shot dead in San Fernando on Sunday.",[("San Fernando","San Fernando, Trinidad",10.28,-61.47,20)]),
("B4n","4","South Africa's police said six people were killed in a tavern shooting in Queenstown.",[("Queenstown","Queenstown (Komani), Eastern Cape",-31.90,26.88,20)]),
("B4o","4","Bermuda's premier said the hurricane caused little damage in Hamilton.",[("Hamilton","Hamilton, Bermuda",32.29,-64.78,10)]),
("B4p","4","Panama's canal authority said a container ship ran aground near Colón on Friday.",[("Colón","Colón, Panama",9.36,-79.90,30)]),
("B4q","4","Canada's transport minister announced new rail service between London and Windsor.",[("London","London, Ontario",42.98,-81.23,20),("Windsor","Windsor, Ontario",42.30,-83.02,20)]),
("B4s","4","Russia's defence ministry said its troops were closing in on Pokrovsk after taking two villages.",[("Pokrovsk","Pokrovsk, Donetsk oblast, Ukraine",48.28,37.18,20)]),
("B4r","4","The US Army said a soldier from Athens was killed in a training accident in Georgia, not far from his home.",[("Athens","Athens, Georgia",33.96,-83.38,30)]),
]

# names that are people or organisations: they must not resolve to a place
# (id, rule, text, [name])
NOT_PLACES = [
("N1","1","Cornyn, Texas's senior senator, said he would vote against the bill.",["Cornyn"]),
("N2","1","Paxton, Texas's attorney general, sued the administration on Monday.",["Paxton"]),
("N3","1","Abbott, Texas's Republican governor, said he would send the National Guard to the border.",["Abbott"]),
("N4","2","Khan, London's mayor, said the Notting Hill Carnival would go ahead.",["Khan"]),
("N5","2","Burnham, Manchester's mayor, criticised the government's tiered lockdown.",["Burnham"]),
("N6","3","Russia's Gazprom halted gas supplies to Poland and Bulgaria.",["Gazprom"]),
("N7","3","Israel's Mossad said it had foiled the plot, and Egypt's Sisi called Netanyahu.",["Mossad","Sisi"]),
("N8","3","Trump's Mar-a-Lago estate was searched by the FBI on Monday.",["Trump"]),
("N9","3","Turkey's Erdogan met Hungary's Orban and Belarus's Lukashenko in Ankara.",["Erdogan","Orban","Lukashenko"]),
("N10","3","Brazil's Lula and Venezuela's Maduro spoke by phone on Tuesday about the border.",["Lula","Maduro"]),
("N11","3","Iran's Khamenei warned Israel's Netanyahu against an attack on nuclear sites.",["Khamenei","Netanyahu"]),
("N12","1","Kishida, Japan's prime minister, visited Hiroshima before the G7 summit.",["Kishida"]),
("N13","1","Lavrov, Russia's foreign minister, met Wang Yi in Beijing on Tuesday.",["Lavrov"]),
]

# texts that must not crash find_places or resolve_spans (spans: every token-ish piece)
ODD_INPUTS = [
    ", , ,",
    "'s 's",
    "’s ’s ’s",
    "The fire started in Cairo's",
    "The fire started in Cairo’s",
    ", Texas said it would sue.",
    ",Texas",
    "Texas,",
    "Paris, , Texas",
    "Paris,,Texas",
    "Toco, Texas's",
    "Toco, Texas'",
    "Seattle's Capitol Hill's",
    "Giza's Haram's Pyramids'",
    "'s Cairo",
    "Cairo's 's Abbasiya",
    "Toco, Texas, Texas, Texas, Texas, Texas",
    "Holliday, Missouri, Holliday, Missouri's, Holliday",
    "U.S.'s",
    "US-led's coalition in Syria's",
    "Kansas' ",
    "' '",
    ", ",
    "'s",
    "",
    " ",
    "\n, Texas\n, Missouri",
    "Seaton Street, Edmonton's, Edmonton, Edmonton's",
    "A, B, C, D, E, F, G, H, I, J, Texas",
]
