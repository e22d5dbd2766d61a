<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AdminCommand</name>
    <message>
        <location filename="../core/commandline/admincommand.cpp" line="+26"/>
        <source>The person&apos;s role: staff, coordinator, doctor or administrator.</source>
        <translation>Пайдаланушының рөлі: staff, coordinator, doctor немесе administrator.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first administrator&apos;s login name.</source>
        <translation>Бірінші әкімшінің кіру аты.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the new password as one line from standard input.</source>
        <translation>Жаңа құпиясөзді стандартты енгізуден бір жол ретінде оқу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  admin init-server URL [--admin NAME] create the schema and roles on a server, and its first administrator
  admin add-user NAME --role ROLE      a person who logs in as NAME (staff, coordinator, doctor,
                                       administrator); --password-stdin sets a password
  admin set-role NAME --role ROLE      change a person&apos;s role
  admin set-password NAME              a new password, read from standard input
  admin disable-user NAME              the person can no longer log in; their history stays
  admin users                          the people who may log in and their roles
</source>
        <translation>  admin init-server URL [--admin NAME] серверде схема мен рөлдерді және бірінші әкімшіні жасау
  admin add-user NAME --role ROLE      NAME атымен кіретін пайдаланушыны ROLE рөлімен қосу (staff, coordinator, doctor,
                                       administrator); --password-stdin құпиясөзді орнатады
  admin set-role NAME --role ROLE      пайдаланушының рөлін өзгерту
  admin set-password NAME              жаңа құпиясөз орнату (стандартты енгізуден оқылады)
  admin disable-user NAME              пайдаланушы енді кіре алмайды; оның тарихы сақталады
  admin users                          кіре алатын пайдаланушылар және олардың рөлдері
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;admin&quot; needs one of: %1.</source>
        <translation>«admin» командасына мыналардың бірі қажет: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;admin %1&quot; needs a name or an address.</source>
        <translation>«admin %1» командасына ат немесе мекенжай қажет.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--role must be staff, coordinator, doctor or administrator.</source>
        <translation>--role мәні staff, coordinator, doctor немесе administrator болуы керек.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No password on standard input.</source>
        <translation>Стандартты енгізуде құпиясөз жоқ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People and roles live on a centre&apos;s PostgreSQL server: give its address (postgresql://user@host:5432/database).</source>
        <translation>Пайдаланушылар мен рөлдер орталықтың PostgreSQL серверінде сақталады: оның мекенжайын көрсетіңіз (postgresql://user@host:5432/database).</translation>
    </message>
</context>
<context>
    <name>CaseAlert</name>
    <message>
        <location filename="../core/clinical/alerts.cpp" line="+19"/>
        <source>expires today (%1)</source>
        <translation>мерзімі бүгін бітеді (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expires in %n day(s) (%1)</source>
        <translation>
            <numerusform>мерзімі %n күннен кейін бітеді (%1)</numerusform>
            <numerusform>мерзімі %n күннен кейін бітеді (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expired %n day(s) ago (%1)</source>
        <translation>
            <numerusform>мерзімі %n күн бұрын біткен (%1)</numerusform>
            <numerusform>мерзімі %n күн бұрын біткен (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Passport %1</source>
        <translation>Төлқұжат: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visa %1</source>
        <translation>Виза: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passport of %1 (%2) %3</source>
        <translation>Төлқұжат, %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Follow-up overdue since %1 (last contact %2)</source>
        <translation>Бақылау мерзімі өтіп кетті: %1 (соңғы байланыс: %2)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../core/commandline/cli.cpp" line="+32"/>
        <source>Usage: caravan-cli [--database PATH] VERB [ARGUMENTS]
Verbs:
  demo                               load the fictional demo cases
  generate --patients N [--seed S]   fill the store with a synthetic centre
  import-patients FILE.csv           import patients (columns: see docs/CSV.md)
  import-json FILE.json...           import records as show prints them, and
                                     {&quot;institutions&quot;: [...]}; all or nothing
  search TEXT                        find patients by name in any script, record,
                                     passport or phone number
  show PATIENT                       the whole record (id or record number) as JSON
  check                              check the database file page by page
</source>
        <translation>Қолданылуы: caravan-cli [--database PATH] VERB [ARGUMENTS]
Командалар (VERB):
  demo                               ойдан шығарылған демо-жағдайларды жүктеу
  generate --patients N [--seed S]   дерекқорды синтетикалық орталық деректерімен толтыру
  import-patients FILE.csv           пациенттерді импорттау (бағандар: docs/CSV.md қараңыз)
  import-json FILE.json...           show шығаратын түрдегі жазбаларды және
                                     {&quot;institutions&quot;: [...]} импорттау; не бәрі, не ештеңе
  search TEXT                        пациенттерді кез келген жазудағы аты, ауру тарихының
                                     нөмірі, төлқұжат немесе телефон нөмірі бойынша іздеу
  show PATIENT                       толық жазба (id немесе ауру тарихының нөмірі) JSON түрінде
  check                              дерекқор файлын бет-бетімен тексеру
</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Caravan command-line companion</source>
        <translation>Caravan командалық жол көмекшісі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SQLite database file, or a server address: postgresql://user@host:5432/database.</source>
        <translation>SQLite дерекқор файлы немесе сервер мекенжайы: postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many patients to generate.</source>
        <translation>Қанша пациент жасалатыны.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Seed of the generator.</source>
        <translation>Генератордың бастапқы мәні (seed).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most search results to show.</source>
        <translation>Көрсетілетін іздеу нәтижелерінің ең көп саны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name written into the audit trail.</source>
        <translation>Аудит журналына жазылатын аты.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The patient (id or record number).</source>
        <translation>Пациент (id немесе ауру тарихының нөмірі).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATIENT</source>
        <translation>PATIENT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document language(s), comma-separated.</source>
        <translation>Құжат тілі (тілдері), үтір арқылы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L[,L2]</source>
        <translation>L[,L2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>Жазылатын файл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The centre&apos;s name on the letterhead.</source>
        <translation>Бланктегі орталық атауы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International Patient Centre</source>
        <translation>Халықаралық пациенттер орталығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The centre&apos;s address on the letterhead.</source>
        <translation>Бланктегі орталық мекенжайы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include passport and visa.</source>
        <translation>Төлқұжат пен визаны қосу.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown verb &quot;%1&quot;.</source>
        <translation>Белгісіз команда «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs an argument.</source>
        <translation>«%1» командасына аргумент қажет.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>The demo cases are already in %1.</source>
        <translation>Демо-жағдайлар бұрыннан бар: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--patients must be a positive whole number and --seed a non-negative one.</source>
        <translation>--patients оң бүтін сан, ал --seed теріс емес бүтін сан болуы керек.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generated %1 of %2 patients</source>
        <translation>Жасалды: %1 / %2 пациент</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Line %1 (%2): %3</source>
        <translation>%1-жол (%2): %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <location filename="../core/commandline/exportcommand.cpp" line="+126"/>
        <location line="+15"/>
        <location line="+39"/>
        <source>No patient has the record number or id &quot;%1&quot;.</source>
        <translation>Ауру тарихының нөмірі немесе id «%1» болатын пациент жоқ.</translation>
    </message>
</context>
<context>
    <name>Clinical</name>
    <message>
        <location filename="../core/clinical/clinicalfacts.cpp" line="+42"/>
        <source>Day 0</source>
        <translation>0-күн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day %1</source>
        <translation>%1-күн</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <location filename="../core/commandline/copycommand.cpp" line="+18"/>
        <source>table</source>
        <translation>кесте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>дереккөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>нысана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differing</source>
        <translation>өзгеше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checksum</source>
        <translation>бақылау сомасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>result</source>
        <translation>нәтиже</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same</source>
        <translation>бірдей</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIFFERENT</source>
        <translation>ӘРТҮРЛІ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first at %1</source>
        <translation>алғашқы айырмашылық: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>copy-to: copy nothing, compare the two databases row by row.</source>
        <translation>copy-to: ештеңе көшірмей, екі дерекқорды жол-жолымен салыстыру.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  copy-to TARGET [--from SOURCE]       copy a whole database (a file to a server, or a server to
                                       a new file) into an empty one, then compare every row;
                                       --verify-only compares without copying
</source>
        <translation>  copy-to TARGET [--from SOURCE]       бүкіл дерекқорды (файлды серверге немесе серверді
                                       жаңа файлға) бос дерекқорға көшіріп, әр жолды салыстыру;
                                       --verify-only көшірмей, тек салыстырады
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 already exists. Copy into a new file, so that nothing in an existing one is mixed or lost.</source>
        <translation>%1 бұрыннан бар. Бар файлдағы ештеңе араласып не жоғалып кетпеуі үшін жаңа файлға көшіріңіз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The source and the target are the same database.</source>
        <translation>Дереккөз бен нысана — бір дерекқор.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copied %1 of %2 rows</source>
        <translation>%2 жолдың %1 көшірілді</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Compared %1 of %2 rows</source>
        <translation>%2 жолдың %1 салыстырылды</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not hold the same rows as %2: see the tables marked DIFFERENT.</source>
        <translation>%1 ішіндегі жолдар %2 ішіндегімен бірдей емес: ӘРТҮРЛІ деп белгіленген кестелерді қараңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows in %2 tables are the same in both databases (%3 s).</source>
        <translation>%2 кестедегі %1 жол екі дерекқорда да бірдей (%3 с).</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../core/domain/places.cpp" line="+12"/>
        <source>Pakistan</source>
        <translation>Пәкістан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyzstan</source>
        <translation>Қырғызстан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Өзбекстан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajikistan</source>
        <translation>Тәжікстан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>Түрікменстан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghanistan</source>
        <translation>Ауғанстан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>Моңғолия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Ресей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>Қытай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Үндістан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Ұлыбритания</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="+68"/>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>%1-жолда басталған тырнақшадағы өріс жабылмаған.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+139"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>%1 файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Caravan database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 — Caravan дерекқоры емес (бұл SQLite файлы емес). Файл өзгертілмеді.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+108"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ашылмады: %2</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>%1 is damaged or not a database (%2). It was left untouched.</source>
        <translation>%1 зақымдалған немесе дерекқор емес (%2). Файл өзгертілмеді.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed its integrity check (%2). It was left untouched; restore it from a backup.</source>
        <translation>%1 тұтастықты тексеруден өтпеді (%2). Файл өзгертілмеді; оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is a database of another program, not of Caravan. It was left untouched.</source>
        <translation>%1 — Caravan-ның емес, басқа бағдарламаның дерекқоры. Файл өзгертілмеді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was made by a newer version of Caravan (schema %2; this program knows up to %3). Install the newer version to open it. The file was left untouched.</source>
        <translation>%1 Caravan-ның жаңарақ нұсқасында жасалған (схема %2; бұл бағдарлама %3 схемасына дейін ғана біледі). Оны ашу үшін жаңа нұсқаны орнатыңыз. Файл өзгертілмеді.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 failed its integrity check before upgrading. It was left untouched; restore it from a backup.</source>
        <translation>Жаңарту алдында %1 тұтастықты тексеруден өтпеді. Файл өзгертілмеді; оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not copy %1 to %2 before upgrading it: %3. Nothing was changed.</source>
        <translation>Жаңарту алдында %1 файлын %2 орнына көшіру мүмкін болмады: %3. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The folder %1 cannot be created.</source>
        <translation>%1 қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 cannot be created: %2</source>
        <translation>%1 файлын жасау мүмкін емес: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>setting up the database</source>
        <translation>дерекқорды баптау</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The integrity check could not run: %1</source>
        <translation>Тұтастықты тексеру орындалмады: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed its integrity check: %2</source>
        <translation>%1 тұтастықты тексеруден өтпеді: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Migration %1 is missing from the program.</source>
        <translation>Бағдарламада %1 миграциясы жоқ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>upgrading the database to schema %1</source>
        <translation>дерекқорды %1 схемасына жаңарту</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>recording schema %1</source>
        <translation>%1 схемасын тіркеу</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The connection to the server %1 was lost while %2; nothing was saved. Caravan connects again by itself: try again in a moment.</source>
        <translation>%1 серверімен байланыс үзілді (%2); ештеңе сақталған жоқ. Caravan өзі қайта қосылады: сәлден соң қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This connection only reads (a reporting server or a replica), so %1 is not possible here. Make changes on the centre&apos;s main server.</source>
        <translation>Бұл қосылым тек оқиды (есеп сервері немесе реплика), сондықтан мұнда %1 мүмкін емес. Өзгерістерді орталықтың негізгі серверінде жасаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your role on the server does not allow this (%1). Ask the centre&apos;s administrator if you need it.</source>
        <translation>Сервердегі рөліңіз бұған рұқсат бермейді (%1). Қажет болса, орталық әкімшісіне хабарласыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database failed while %1: %2</source>
        <translation>Дерекқор қатесі (%1): %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>starting a transaction</source>
        <translation>транзакцияны бастау</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Internal error: commit without a transaction.</source>
        <translation>Ішкі қате: транзакциясыз commit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>saving</source>
        <translation>сақтау</translation>
    </message>
    <message>
        <location filename="../core/storage/patientsearch.cpp" line="+53"/>
        <location line="+31"/>
        <source>updating the search index</source>
        <translation>іздеу индексін жаңарту</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresconnection.cpp" line="+92"/>
        <source>Only a server connection can be made again.</source>
        <translation>Тек серверге ғана қайта қосылуға болады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection cannot be made again in the middle of saving.</source>
        <translation>Сақтау барысында қайта қосылу мүмкін емес.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not a server address. Write it as postgresql://user@host:5432/database.</source>
        <translation>«%1» сервер мекенжайы емес. Оны былай жазыңыз: postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server address has an option Caravan does not know: %1. Known: %2.</source>
        <translation>Сервер мекенжайында Caravan білмейтін параметр бар: %1. Белгілілері: %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This installation cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is missing (install libqt6sql6-psql).</source>
        <translation>Бұл орнату PostgreSQL серверлеріне қосыла алмайды: Qt-тың PostgreSQL драйвері жоқ (libqt6sql6-psql орнатыңыз).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot connect to %1: %2</source>
        <translation>%1 серверіне қосылу мүмкін емес: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server %1 asks for %2&apos;s password.</source>
        <translation>%1 сервері %2 пайдаланушысының құпиясөзін сұрайды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>setting up the connection</source>
        <translation>қосылымды баптау</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The database at %1 was made by a newer Caravan (schema %2; this program knows up to %3). Nothing was changed. Install the newer Caravan to open it.</source>
        <translation>%1 дерекқорын Caravan-ның жаңарақ нұсқасы жасаған (схема %2; бұл бағдарлама %3 дейін біледі). Ештеңе өзгертілген жоқ. Оны ашу үшін Caravan-ның жаңа нұсқасын орнатыңыз.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reporting server %1 holds schema %2; this program needs schema %3. Open the centre&apos;s main server once to bring it up to date (a replica follows it).</source>
        <translation>%1 есеп серверінде %2 схемасы бар; бұл бағдарламаға %3 схемасы керек. Оны жаңарту үшін орталықтың негізгі серверін бір рет ашыңыз (реплика соның соңынан жүреді).</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="+77"/>
        <location line="+23"/>
        <source>reading %1</source>
        <translation>%1 кестесін оқу</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The server connection cannot be reached for copying.</source>
        <translation>Көшіру үшін сервер қосылымына қол жеткізу мүмкін емес.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused to take %1: %2</source>
        <translation>Сервер %1 қабылдаудан бас тартты: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sending %1 to the server failed: %2</source>
        <translation>%1 серверге жіберу сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server refused the rows of %1: %2</source>
        <translation>Сервер %1 жолдарын қабылдамады: %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 is not a Caravan database of this version (it has no table %2).</source>
        <translation>%1 — осы нұсқадағы Caravan дерекқоры емес (онда %2 кестесі жоқ).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not empty (%2 holds %3 rows). Copy only into a new, empty database; nothing was written.</source>
        <translation>%1 бос емес (%2 кестесінде %3 жол бар). Тек жаңа, бос дерекқорға көшіріңіз; ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>Екі дерекқордың схема нұсқалары әртүрлі (%1 және %2).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copying into %1 needs the owner of the server&apos;s database (the login that ran caravan-cli admin init-server, or the database&apos;s owner). Nothing was written.</source>
        <translation>%1 ішіне көшіру үшін сервердегі дерекқордың иесі қажет (caravan-cli admin init-server командасын орындаған тіркелгі немесе дерекқор иесі). Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>preparing the copy</source>
        <translation>көшіруді дайындау</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>copying %1</source>
        <translation>%1 кестесін көшіру</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>The copy was cancelled; nothing was kept in %1.</source>
        <translation>Көшіру тоқтатылды; %1 ішінде ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <location line="+375"/>
        <location line="+10"/>
        <location line="+11"/>
        <source>finishing the copy</source>
        <translation>көшіруді аяқтау</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The comparison was cancelled.</source>
        <translation>Салыстыру тоқтатылды.</translation>
    </message>
</context>
<context>
    <name>DemoCases</name>
    <message>
        <location filename="../core/sample/democases.cpp" line="+46"/>
        <source>The demo cases are missing from this build of Caravan.</source>
        <translation>Caravan-ның бұл жинағында демо-жағдайлар жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo cases are already loaded: record number %1 is in use.</source>
        <translation>Демо-жағдайлар жүктеліп қойған: %1 ауру тарихының нөмірі пайдаланылуда.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The demo documents hold the patients %1 instead of %2.</source>
        <translation>Демо-құжаттардағы пациенттер: %1, ал күтілгені: %2.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../core/report/document.cpp" line="+19"/>
        <location filename="../core/report/referralsummary.cpp" line="+95"/>
        <source>Referral summary</source>
        <translation>Жолдама үзінді көшірмесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/report/teleconsultation.cpp" line="+95"/>
        <source>Tele-consultation record</source>
        <translation>Телеконсультация хаттамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/report/visainvitation.cpp" line="+107"/>
        <source>Medical visa invitation letter</source>
        <translation>Медициналық визаға шақыру хаты</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A document is made in one language or two, not %1.</source>
        <translation>Құжат бір немесе екі тілде жасалады; көрсетілген тілдер саны: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown document language &quot;%1&quot;; use one or two of %2.</source>
        <translation>Белгісіз құжат тілі «%1»; мыналардың бірін немесе екеуін көрсетіңіз: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language &quot;%1&quot; is given twice.</source>
        <translation>«%1» тілі екі рет көрсетілген.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Making a document needs the fonts of a QGuiApplication; this program runs without one.</source>
        <translation>Құжат жасау үшін QGuiApplication қаріптері қажет; бұл бағдарлама онсыз жұмыс істеп тұр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logo %1 cannot be read as an image; choose another file in Settings or leave it empty.</source>
        <translation>%1 логотипін сурет ретінде оқу мүмкін емес; Баптауларда басқа файлды таңдаңыз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../core/report/documentpages.cpp" line="+36"/>
        <source>Made on %1</source>
        <translation>Жасалған күні: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>%1-бет, барлығы %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential medical information: for the physicians treating this patient only.</source>
        <translation>Құпия медициналық ақпарат: тек осы пациентті емдейтін дәрігерлерге арналған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential: for the consular officer and the persons named in this letter only.</source>
        <translation>Құпия: тек консулдық қызметкерге және осы хатта аталған адамдарға арналған.</translation>
    </message>
    <message>
        <location line="+147"/>
        <location line="+4"/>
        <location line="+32"/>
        <source>The pages could not be drawn on this device.</source>
        <translation>Беттерді бұл құрылғыда салу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: it is a folder.</source>
        <translation>Жазу мүмкін емес: %1 — қалта.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 файлын жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <location filename="../core/report/documentbuilder.cpp" line="+37"/>
        <source>not recorded</source>
        <translation>тіркелмеген</translation>
    </message>
    <message>
        <location filename="../core/report/patientidentity.cpp" line="+16"/>
        <location filename="../core/report/visainvitation.cpp" line="+37"/>
        <source>Name (passport)</source>
        <translation>Аты (төлқұжат бойынша)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (native script)</source>
        <translation>Аты (ана тіліндегі жазылуы)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record number</source>
        <translation>Ауру тарихының нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/report/visainvitation.cpp" line="+1"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <location filename="../core/report/referralsummary.cpp" line="+2"/>
        <location filename="../core/report/teleconsultation.cpp" line="+2"/>
        <location filename="../core/report/visainvitation.cpp" line="-23"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../core/report/visainvitation.cpp" line="+44"/>
        <source>Diagnosis</source>
        <translation>Диагноз</translation>
    </message>
    <message>
        <location line="+172"/>
        <location line="+1"/>
        <location filename="../core/report/visainvitation.cpp" line="+12"/>
        <source>Coordinator</source>
        <translation>Үйлестіруші</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../core/editing/editor.cpp" line="+32"/>
        <source>Delete patient %1</source>
        <translation>%1 пациентін жою</translation>
    </message>
    <message>
        <location filename="../core/editing/editor.h" line="+99"/>
        <source>This cannot be undone or redone: the %1 was deleted by someone else.</source>
        <translation>Болдырмау немесе қайталау мүмкін емес: жазбаны («%1») басқа пайдаланушы жойды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cannot be undone or redone: %1 changed the %2 after you did.</source>
        <translation>Болдырмау немесе қайталау мүмкін емес: %1 жазбаны («%2») сізден кейін өзгертті.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add %1</source>
        <translation>Қосу: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change %1</source>
        <translation>Өзгерту: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete %1</source>
        <translation>Жою: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This %1 was deleted by someone else; it cannot be changed.</source>
        <translation>Жазбаны («%1») басқа пайдаланушы жойды; оны өзгерту мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../core/commandline/exportcommand.cpp" line="-118"/>
        <source>Export for every patient (batch; -o names a folder).</source>
        <translation>Барлық пациенттер үшін экспорттау (топтамалық режим; -o қалтаны көрсетеді).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An image for the letterhead.</source>
        <translation>Бланкке арналған сурет.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tele-consultation record: which consultation (id); default: the latest.</source>
        <translation>Телеконсультация хаттамасы: қай консультация (id); әдепкі бойынша — соңғысы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation letter: the intended treatment.</source>
        <translation>Шақыру хаты: жоспарланған ем.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Invitation letter: first day of the stay (YYYY-MM-DD). copy-to: the database to copy (default: --database).</source>
        <translation>Шақыру хаты: болу мерзімінің бірінші күні (YYYY-MM-DD). copy-to: көшірілетін дерекқор (әдепкі: --database).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VALUE</source>
        <translation>МӘН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invitation letter: last day of the stay.</source>
        <translation>Шақыру хаты: болу мерзімінің соңғы күні.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation letter: name and title under the signature line.</source>
        <translation>Шақыру хаты: қолтаңба сызығының астындағы аты-жөні мен лауазымы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  export summary|teleconsult|invitation --patient PATIENT --lang L[,L2] -o FILE.pdf
                                     a document as a PDF in one language or two
                                     (en, ur, kk, ru, zh_CN), its content attached as JSON;
                                     [--centre NAME] [--address TEXT] [--logo FILE]
                                     summary: [--passport]; teleconsult: [--visit ID];
                                     invitation: [--from DATE --to DATE] [--treatment TEXT]
                                     [--signatory TEXT]
  export KIND --patient A,B,C | --all --lang L -o FOLDER
                                     many patients at once, one file each, with a progress line
</source>
        <translation>  export summary|teleconsult|invitation --patient PATIENT --lang L[,L2] -o FILE.pdf
                                     бір немесе екі тілдегі PDF құжаты
                                     (en, ur, kk, ru, zh_CN), мазмұны JSON түрінде тіркеледі;
                                     [--centre NAME] [--address TEXT] [--logo FILE]
                                     summary: [--passport]; teleconsult: [--visit ID];
                                     invitation: [--from DATE --to DATE] [--treatment TEXT]
                                     [--signatory TEXT]
  export KIND --patient A,B,C | --all --lang L -o FOLDER
                                     бірден көп пациент, әрқайсысына бір файл,
                                     орындалу барысы жолымен
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;export&quot; makes one of: summary, teleconsult, invitation.</source>
        <translation>«export» мыналардың бірін жасайды: summary, teleconsult, invitation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+38"/>
        <source>&quot;export %1&quot; needs --patient (or --all) and -o FILE.pdf.</source>
        <translation>«export %1» үшін --patient (немесе --all) және -o FILE.pdf қажет.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>--%1 &quot;%2&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>--%1 «%2» күн емес; оны YYYY-MM-DD түрінде жазыңыз.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>For many patients, -o names a folder; %1 is a file.</source>
        <translation>Бірнеше пациент үшін -o қалтаны көрсетеді; ал %1 — файл.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot make the folder %1.</source>
        <translation>%1 қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exported %1 of %2 (%3 failed) · %4 · %5 s</source>
        <translation>Экспортталды: %1 / %2 (%3 сәтсіз) · %4 · %5 с</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../core/domain/patient.h" line="+35"/>
        <source>Travels with the patient</source>
        <translation>Пациентпен бірге жүреді</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Arrival</source>
        <translation>Келген күні</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+82"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+140"/>
        <source>At this centre</source>
        <translation>Біздің орталықта</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-35"/>
        <source>Basis of diagnosis</source>
        <translation>Диагноздың негізі</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+3"/>
        <source>Best response</source>
        <translation>Ең жақсы жауап</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-82"/>
        <location line="+58"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+37"/>
        <source>Blasts (%)</source>
        <translation>Бласттар (%)</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+15"/>
        <source>Apheresis</source>
        <translation>Аферез</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cell dose</source>
        <translation>Жасушалар дозасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest CRS grade</source>
        <translation>CRS ең жоғары дәрежесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest ICANS grade</source>
        <translation>ICANS ең жоғары дәрежесі</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Infusion (day 0)</source>
        <translation>Инфузия (0-күн)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Lymphodepletion ended</source>
        <translation>Лимфодеплецияның аяқталуы</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Lymphodepletion regimen</source>
        <translation>Лимфодеплеция схемасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lymphodepletion started</source>
        <translation>Лимфодеплецияның басталуы</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Product or trial</source>
        <translation>Препарат немесе клиникалық зерттеу</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Steroids given</source>
        <translation>Стероидтар берілді</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Target antigen</source>
        <translation>Нысана антиген</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tocilizumab given</source>
        <translation>Тоцилизумаб берілді</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+23"/>
        <source>Case status</source>
        <translation>Жағдай күйі</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-17"/>
        <source>Body surface area used (m²)</source>
        <translation>Пайдаланылған дене бетінің ауданы (м²)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cycle length (days)</source>
        <translation>Цикл ұзақтығы (күн)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycles</source>
        <translation>Циклдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drugs and doses</source>
        <translation>Препараттар мен дозалар</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cycles given</source>
        <translation>Өткізілген циклдер</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cycles planned</source>
        <translation>Жоспарланған циклдер</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Regimen</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+39"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-9"/>
        <source>Companions and next of kin</source>
        <translation>Еріп жүрушілер мен жақын туыстар</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+2"/>
        <source>Contact person</source>
        <translation>Байланыстағы адам</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+8"/>
        <source>Coordinator</source>
        <translation>Үйлестіруші</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="-3"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-4"/>
        <source>Treatment assessed</source>
        <translation>Бағаланған ем</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+3"/>
        <source>Departure</source>
        <translation>Кеткен күні</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-34"/>
        <source>Date of diagnosis</source>
        <translation>Диагноз қойылған күн</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-16"/>
        <source>Diagnosis treated</source>
        <translation>Емделетін диагноз</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Dose given (mg)</source>
        <translation>Берілген доза (мг)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Dose per unit</source>
        <translation>Бірлікке шаққандағы доза</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Drug</source>
        <translation>Препарат</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+64"/>
        <source>Duration (minutes)</source>
        <translation>Ұзақтығы (минут)</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+5"/>
        <location filename="../core/domain/patient.h" line="-13"/>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+100"/>
        <source>End</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-15"/>
        <source>Family name (passport)</source>
        <translation>Тегі (төлқұжат бойынша)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Family name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+9"/>
        <source>Findings reviewed</source>
        <translation>Қаралған нәтижелер</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+3"/>
        <source>Given name (passport)</source>
        <translation>Аты (төлқұжат бойынша)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+50"/>
        <source>Acute GVHD, highest grade</source>
        <translation>Жедел РТПХ, ең жоғары дәрежесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronic GVHD</source>
        <translation>Созылмалы РТПХ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Conditioning intensity</source>
        <translation>Кондициялау қарқындылығы</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Conditioning regimen</source>
        <translation>Кондициялау схемасы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conditioning started</source>
        <translation>Кондициялаудың басталуы</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Donor ABO</source>
        <translation>Донордың ABO тобы</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Donor registry</source>
        <translation>Донорлар тіркелімі</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Donor sex</source>
        <translation>Донордың жынысы</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>HLA match</source>
        <translation>HLA сәйкестігі</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stem-cell infusion (day 0)</source>
        <translation>Бағаналы жасушалар инфузиясы (0-күн)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Transplant</source>
        <translation>Трансплантация</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Dose basis</source>
        <translation>Дозалау негізі</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Neutrophil engraftment</source>
        <translation>Нейтрофилдер бойынша орнығу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platelet engraftment</source>
        <translation>Тромбоциттер бойынша орнығу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left the protected unit</source>
        <translation>Асептикалық блоктан шықты</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Recipient ABO</source>
        <translation>Реципиенттің ABO тобы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stem-cell source</source>
        <translation>Бағаналы жасушалар көзі</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-4"/>
        <source>ICD-10 code</source>
        <translation>АХЖ-10 коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Диагноз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICD-O-3 morphology</source>
        <translation>АХЖ-О-3 морфологиясы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICD-O-3 topography</source>
        <translation>АХЖ-О-3 топографиясы</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+35"/>
        <location filename="../core/domain/treatmentcourse.h" line="-39"/>
        <location filename="../core/domain/visit.h" line="-45"/>
        <location line="+39"/>
        <source>Institution</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-6"/>
        <source>Intent</source>
        <translation>Ем мақсаты</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+3"/>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter&apos;s language</source>
        <translation>Аудармашы тілі</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+14"/>
        <source>Needs an interpreter</source>
        <translation>Аудармашы қажет</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+27"/>
        <location filename="../core/domain/institution.h" line="-6"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marker</source>
        <translation>Маркер</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Laterality</source>
        <translation>Орналасу жағы</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="-6"/>
        <source>Our time zone</source>
        <translation>Біздің уақыт белдеуі</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+3"/>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+35"/>
        <source>Method</source>
        <translation>Әдісі</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="-2"/>
        <location filename="../core/domain/patient.h" line="-76"/>
        <location filename="../core/domain/treatmentcourse.h" line="-1"/>
        <location filename="../core/domain/visit.h" line="-39"/>
        <source>Name</source>
        <translation>Аты / атауы</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+1"/>
        <source>Name (passport)</source>
        <translation>Аты (төлқұжат бойынша)</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+1"/>
        <source>Local name</source>
        <translation>Жергілікті атауы</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+63"/>
        <source>Nationality</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Next of kin</source>
        <translation>Жақын туысы</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-32"/>
        <location line="+35"/>
        <location filename="../core/domain/patient.h" line="+85"/>
        <location filename="../core/domain/treatmentcourse.h" line="+10"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-120"/>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+43"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-82"/>
        <location line="+60"/>
        <source>Passport issued by</source>
        <translation>Төлқұжатты берген ел</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Passport expires</source>
        <translation>Төлқұжаттың жарамдылық мерзімі</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+60"/>
        <source>Passport number</source>
        <translation>Төлқұжат нөмірі</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-47"/>
        <location line="+38"/>
        <location line="+32"/>
        <location filename="../core/domain/treatmentcourse.h" line="+106"/>
        <location filename="../core/domain/visit.h" line="-8"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+6"/>
        <location filename="../core/domain/patient.h" line="-57"/>
        <location line="+65"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-2"/>
        <source>Preferred language</source>
        <translation>Қалаған тілі</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+11"/>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendations</source>
        <translation>Ұсынымдар</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-15"/>
        <source>Record number</source>
        <translation>Ауру тарихының нөмірі</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Referring doctor</source>
        <translation>Жолдама берген дәрігер</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Referring institution</source>
        <translation>Жолдама берген мекеме</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Relation</source>
        <translation>Туыстық қатынасы</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="-9"/>
        <source>Partner&apos;s time zone</source>
        <translation>Серіктестің уақыт белдеуі</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+63"/>
        <source>Country of residence</source>
        <translation>Тұратын елі</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-28"/>
        <source>Result</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="-39"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-3"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+2"/>
        <source>Side</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+17"/>
        <source>Sponsor</source>
        <translation>Демеуші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsor&apos;s reference</source>
        <translation>Демеушінің анықтама нөмірі</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Payer</source>
        <translation>Төлеуші</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-34"/>
        <source>Stage or risk group</source>
        <translation>Сатысы немесе қауіп тобы</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Staging system</source>
        <translation>Сатылау жүйесі</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-105"/>
        <location line="+113"/>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+34"/>
        <source>Date and time</source>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-2"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for stopping</source>
        <translation>Тоқтату себебі</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+11"/>
        <source>Summary</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+64"/>
        <source>Taken at</source>
        <translation>Өлшенген уақыты</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="-2"/>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-4"/>
        <location filename="../core/domain/visit.h" line="-12"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+3"/>
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-7"/>
        <source>Visa expires</source>
        <translation>Визаның жарамдылық мерзімі</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Visa number</source>
        <translation>Виза нөмірі</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Visa type</source>
        <translation>Виза түрі</translation>
    </message>
</context>
<context>
    <name>FieldCodec</name>
    <message>
        <location filename="../core/domain/fieldcodec.cpp" line="+23"/>
        <source>expected text</source>
        <translation>мәтін күтілген</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a date (write it as YYYY-MM-DD)</source>
        <translation>«%1» — күн емес (YYYY-MM-DD түрінде жазыңыз)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a date and time (write it as YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>«%1» — күн мен уақыт емес (YYYY-MM-DDTHH:MM:SSZ түрінде жазыңыз)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>«%1» — иә немесе жоқ мәні емес</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» — сан емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a number</source>
        <translation>сан күтілген</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«%1» — бүтін сан емес</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is out of range</source>
        <translation>%1 рұқсат етілген ауқымнан тыс</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected a list</source>
        <translation>тізім күтілген</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldcodec.h" line="+117"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>«%1» мына мәндердің бірі емес: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>белгісіз өріс «%1»</translation>
    </message>
</context>
<context>
    <name>FieldEditors</name>
    <message>
        <location filename="../ui/editors/fieldeditors.cpp" line="+92"/>
        <source>e.g. PK</source>
        <translation>мысалы, PK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-letter ISO country code: PK, KZ, KG, CN, RU, ...</source>
        <translation>Елдің екі әріпті ISO коды: PK, KZ, KG, CN, RU, ...</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not recorded</source>
        <translation>тіркелмеген</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Record #%1</source>
        <translation>Жазба №%1</translation>
    </message>
</context>
<context>
    <name>Icd10Catalogue</name>
    <message>
        <location filename="../ui/editors/icd10catalogue.cpp" line="+151"/>
        <source>Code or words of the diagnosis, e.g. C91.0 or &quot;acute lymph&quot;</source>
        <translation>Диагноздың коды немесе сөздері, мысалы C91.0 немесе «acute lymph»</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../core/domain/places.cpp" line="+12"/>
        <source>Urdu</source>
        <translation>урду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyz</source>
        <translation>қырғыз тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbek</source>
        <translation>өзбек тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajik</source>
        <translation>тәжік тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>пушту тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>қытай тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>ағылшын тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolian</source>
        <translation>моңғол тілі</translation>
    </message>
</context>
<context>
    <name>MeasurementChart</name>
    <message>
        <location filename="../core/painting/measurementchartpainter.cpp" line="+20"/>
        <source>Blasts (%)</source>
        <translation>Бласттар (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ANC and platelets (× 10⁹/L)</source>
        <translation>Нейтрофилдер мен тромбоциттер (× 10⁹/л)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ANC</source>
        <translation>Нейтрофилдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelets</source>
        <translation>Тромбоциттер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight (kg)</source>
        <translation>Салмақ (кг)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ANC and platelets around day 0 (× 10⁹/L)</source>
        <translation>0-күн айналасындағы нейтрофилдер мен тромбоциттер (× 10⁹/л)</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <location filename="../ui/connection/passwordkeychain.cpp" line="+30"/>
        <source>the keychain did not answer</source>
        <translation>құпиясөз қоймасы жауап бермеді</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The password could not be kept in the system keychain (%1); you will be asked for it next time.</source>
        <translation>Құпиясөзді жүйелік құпиясөз қоймасында сақтау мүмкін болмады (%1); келесі жолы ол қайта сұралады.</translation>
    </message>
</context>
<context>
    <name>PatientCsvImport</name>
    <message>
        <location filename="../core/interop/patientcsvimport.cpp" line="+21"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>%1 файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty.</source>
        <translation>Файл бос.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown column &quot;%1&quot; in the header. Known columns: %2</source>
        <translation>Тақырып жолында белгісіз «%1» бағаны бар. Белгілі бағандар: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The header has no record_number column.</source>
        <translation>Тақырып жолында record_number бағаны жоқ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The row has %1 fields but the header has %2.</source>
        <translation>Жолда %1 өріс бар, ал тақырып жолында %2.</translation>
    </message>
</context>
<context>
    <name>PdfDocumentInfo</name>
    <message>
        <location filename="../core/report/pdfdocumentinfo.cpp" line="+435"/>
        <source>“%1” is not a language tag such as en, ur-PK or zh-CN.</source>
        <translation>«%1» — тіл белгісі емес (мысалы, en, ur-PK немесе zh-CN).</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1 is not a PDF file.</source>
        <translation>%1 — PDF файлы емес.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stores its cross-reference table as a compressed stream; its document information cannot be updated.</source>
        <translation>%1 айқас сілтемелер кестесін сығылған ағын ретінде сақтайды; оның құжат туралы ақпаратын жаңарту мүмкін емес.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is encrypted; its document information cannot be updated.</source>
        <translation>%1 шифрланған; оның құжат туралы ақпаратын жаңарту мүмкін емес.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be updated: its cross-reference table is missing or damaged.</source>
        <translation>%1 файлын жаңарту мүмкін емес: айқас сілтемелер кестесі жоқ немесе бүлінген.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be updated: its document catalog is missing or damaged.</source>
        <translation>%1 файлын жаңарту мүмкін емес: құжат каталогы жоқ немесе бүлінген.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 файлын жазу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="languages.cpp" line="+11"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/record/recordeditors.cpp" line="+25"/>
        <source>Caravan</source>
        <translation>Caravan</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Records of this kind cannot be deleted here.</source>
        <translation>Бұл түрдегі жазбаларды мұнда жою мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../ui/editors/recordform.cpp" line="+37"/>
        <source>Chemotherapy</source>
        <translation>Химиотерапия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAR-T cell therapy</source>
        <translation>CAR-T жасушалық терапия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stem-cell transplant</source>
        <translation>Бағаналы жасушаларды трансплантациялау</translation>
    </message>
</context>
<context>
    <name>RecordJsonImport</name>
    <message>
        <location filename="../core/interop/recordjsonimport.cpp" line="+86"/>
        <source>%1 #%2: expected a JSON object</source>
        <translation>%1 #%2: JSON объектісі күтілген</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 #%2: unknown field &quot;%3&quot;</source>
        <translation>%1 #%2: белгісіз өріс «%3»</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+4"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+252"/>
        <source>%1 is larger than %2 MB; it is not imported.</source>
        <translation>%1 көлемі %2 МБ-тан асады; ол импортталмады.</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>%1, line %2: this is not valid JSON (%3).</source>
        <translation>%1, %2-жол: бұл жарамды JSON емес (%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected a JSON object with a &quot;patient&quot; record (as caravan-cli show prints it) or a list of &quot;institutions&quot;.</source>
        <translation>%1: «patient» жазбасы бар (caravan-cli show шығаратын түрдегі) немесе «institutions» тізімі бар JSON объектісі күтілген.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unknown field &quot;%2&quot; (a document may have: %3).</source>
        <translation>%1: белгісіз өріс «%2» (құжатта болуы мүмкін өрістер: %3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; without the &quot;patient&quot; they belong to.</source>
        <translation>%1: «%2» өзі тиесілі «patient» жазбасынсыз берілген.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a list (a JSON array)</source>
        <translation>тізім (JSON массиві) күтілген</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>patient %1</source>
        <translation>пациент %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>expected a JSON object</source>
        <translation>JSON объектісі күтілген</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2 is not the id of this record&apos;s patient (%3)</source>
        <translation>%1: %2 — осы жазба пациентінің id-і емес (%3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: refers to institution %2, which is not among the imported institutions</source>
        <translation>%1: %2 мекемесіне сілтейді, бірақ ол импортталатын мекемелердің арасында жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refers to diagnosis %2, which is not among this record&apos;s diagnoses</source>
        <translation>%1: %2 диагнозына сілтейді, бірақ ол осы жазбаның диагноздарының арасында жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refers to treatment course %2, which is not among this record&apos;s treatment courses (or comes after this record)</source>
        <translation>%1: %2 ем курсына сілтейді, бірақ ол осы жазбаның ем курстарының арасында жоқ (немесе осы жазбадан кейін келеді)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: references to %2 records cannot be imported</source>
        <translation>%1: %2 жазбаларына сілтемелерді импорттау мүмкін емес</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; must be a list (a JSON array)</source>
        <translation>«%1» тізім (JSON массиві) болуы керек</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>id %1 is used twice</source>
        <translation>id %1 екі рет қолданылған</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>%1 файлын оқу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <location filename="../core/domain/patient.h" line="-52"/>
        <source>patient</source>
        <translation>пациент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients</source>
        <translation>Пациенттер</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="-25"/>
        <source>institution</source>
        <translation>мекеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner institutions</source>
        <translation>Серіктес мекемелер</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-96"/>
        <source>diagnosis</source>
        <translation>диагноз</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-35"/>
        <source>treatment course</source>
        <translation>ем курсы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatments</source>
        <translation>Ем</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+1"/>
        <source>Diagnoses</source>
        <translation>Диагноздар</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>assessment</source>
        <translation>бағалау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessments</source>
        <translation>Бағалаулар</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>measurement</source>
        <translation>өлшем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurements</source>
        <translation>Өлшемдер</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="-25"/>
        <source>visit</source>
        <translation>визит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Визиттер</translation>
    </message>
</context>
<context>
    <name>ReferralSummary</name>
    <message>
        <location filename="../core/report/referralsummary.cpp" line="-275"/>
        <location line="+75"/>
        <source>Passport</source>
        <translation>Төлқұжат</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+78"/>
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+84"/>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+84"/>
        <source>Referring institution</source>
        <translation>Жолдама берген мекеме</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>Referring doctor</source>
        <translation>Жолдама берген дәрігер</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+86"/>
        <source>Diagnoses</source>
        <translation>Диагноздар</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+96"/>
        <source>ICD-10</source>
        <translation>АХЖ-10</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+96"/>
        <source>Diagnosed</source>
        <translation>Диагноз қойылған күні</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+95"/>
        <source>Stage</source>
        <translation>Сатысы</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+98"/>
        <source>Treatment history</source>
        <translation>Жүргізілген ем</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+124"/>
        <location line="+135"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="-258"/>
        <location line="+123"/>
        <source>Treatment</source>
        <translation>Ем</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+123"/>
        <source>Where</source>
        <translation>Өткізілген жері</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+122"/>
        <source>Dates</source>
        <translation>Мерзімдері</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Cycles</source>
        <translation>Циклдер</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Best response</source>
        <translation>Ең жақсы жауап</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>this centre</source>
        <translation>біздің орталық</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Key events</source>
        <translation>Негізгі оқиғалар</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+132"/>
        <location line="+119"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+131"/>
        <source>Result</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+131"/>
        <source>Method</source>
        <translation>Әдісі</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+130"/>
        <source>Blasts %</source>
        <translation>Бласттар, %</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+148"/>
        <source>CAR-T therapy</source>
        <translation>CAR-T жасушалық терапия</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+153"/>
        <source>Target</source>
        <translation>Нысана антиген</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+153"/>
        <source>Product</source>
        <translation>Жасушалық өнім</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+154"/>
        <location line="+40"/>
        <source>Infusion (day 0)</source>
        <translation>Инфузия (0-күн)</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+154"/>
        <source>CRS grade</source>
        <translation>CRS дәрежесі</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+154"/>
        <source>ICANS grade</source>
        <translation>ICANS дәрежесі</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+160"/>
        <source>Stem cell transplant</source>
        <translation>Бағаналы жасушаларды трансплантациялау</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+185"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>HLA match</source>
        <translation>HLA сәйкестігі</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Stem cell source</source>
        <translation>Бағаналы жасушалар көзі</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+186"/>
        <source>Conditioning</source>
        <translation>Кондициялау</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+187"/>
        <source>Neutrophil engraftment</source>
        <translation>Нейтрофилдер бойынша орнығу</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+189"/>
        <source>Platelet engraftment</source>
        <translation>Тромбоциттер бойынша орнығу</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+191"/>
        <source>Acute GVHD grade</source>
        <translation>Жедел РТПХ дәрежесі</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+191"/>
        <source>Chronic GVHD</source>
        <translation>Созылмалы РТПХ</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+198"/>
        <source>Current status</source>
        <translation>Қазіргі жағдайы</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+209"/>
        <source>Case status</source>
        <translation>Жағдай күйі</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+209"/>
        <source>Arrival</source>
        <translation>Келген күні</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+209"/>
        <source>Departure</source>
        <translation>Кеткен күні</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+215"/>
        <source>Recent visits</source>
        <translation>Соңғы визиттер</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+228"/>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location line="-227"/>
        <location line="+115"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+120"/>
        <source>Measurements</source>
        <translation>Өлшемдер</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+205"/>
        <source>Planned and ongoing treatment</source>
        <translation>Жоспарланған және жүргізіліп жатқан ем</translation>
    </message>
    <message>
        <location line="-204"/>
        <location line="+206"/>
        <source>Next appointment</source>
        <translation>Келесі қабылдау</translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <location filename="../core/storage/serveraccounts.cpp" line="+62"/>
        <source>staff</source>
        <translation>қызметкер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coordinator</source>
        <translation>үйлестіруші</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>doctor</source>
        <translation>дәрігер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+110"/>
        <source>People and roles live on a centre&apos;s PostgreSQL server; this database is a file on one desk.</source>
        <translation>Пайдаланушылар мен рөлдер орталықтың PostgreSQL серверінде сақталады; бұл дерекқор — бір компьютердегі файл ғана.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>&quot;%1&quot; cannot be a login name: use lower-case Latin letters, digits, &quot;.&quot;, &quot;-&quot; or &quot;_&quot;, starting with a letter (for example aigul.bekova).</source>
        <translation>«%1» кіру аты бола алмайды: кіші латын әріптерін, цифрларды, «.», «-» немесе «_» таңбаларын қолданыңыз, бірінші таңба әріп болуы керек (мысалы, aigul.bekova).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is reserved for the server itself.</source>
        <translation>«%1» аты сервердің өзіне резервтелген.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server connection is not open.</source>
        <translation>Сервермен қосылым ашық емес.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password could not be prepared for the server: %1</source>
        <translation>Құпиясөзді серверге дайындау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server did not answer while %1.</source>
        <translation>Сервер жауап бермеді (%1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>looking up %1</source>
        <translation>%1 тіркелгісін іздеу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a login called %1 on this server.</source>
        <translation>Бұл серверде %1 тіркелгісі бұрыннан бар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>adding %1</source>
        <translation>%1 тіркелгісін қосу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A password needs at least 10 characters.</source>
        <translation>Құпиясөз кемінде 10 таңбадан тұруы керек.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>setting the password of %1</source>
        <translation>%1 тіркелгісінің құпиясөзін орнату</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>changing the role of %1</source>
        <translation>%1 тіркелгісінің рөлін өзгерту</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>disabling %1</source>
        <translation>%1 тіркелгісін бұғаттау</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>listing the people of the centre</source>
        <translation>орталық пайдаланушыларының тізімін алу</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <location filename="../ui/connection/serverlogin.cpp" line="+46"/>
        <source>Server password</source>
        <translation>Сервер құпиясөзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected: no password was given for %1.</source>
        <translation>Қосылмады: %1 үшін құпиясөз енгізілмеді.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <location filename="../core/storage/store.cpp" line="+110"/>
        <source>The record was not saved: %n rule(s) not met.</source>
        <translation>
            <numerusform>Жазба сақталмады: %n ереже орындалмады.</numerusform>
            <numerusform>Жазба сақталмады: %n ереже орындалмады.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading the patient</source>
        <translation>пациент деректерін оқу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no patient with id %1.</source>
        <translation>id = %1 болатын пациент жоқ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The record number %1 is already used by another patient.</source>
        <translation>%1 ауру тарихының нөмірі басқа пациентке берілген.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already used by another patient.</source>
        <translation>Басқа пациентке берілген.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>putting a record back</source>
        <translation>жазбаны қалпына келтіру</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>saving a new %1</source>
        <translation>жаңа %1 жазбасын сақтау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database did not return the new record&apos;s id.</source>
        <translation>Дерекқор жаңа жазбаның id-ін қайтармады.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>saving the %1</source>
        <translation>%1 жазбасын сақтау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This record was changed by someone else after you opened it. Reopen it and try again.</source>
        <translation>Сіз ашқаннан кейін бұл жазбаны басқа біреу өзгертті. Оны қайта ашып, әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This record is still referred to by other records (for example a diagnosis by its treatment courses). Delete or relink those first.</source>
        <translation>Бұл жазбаға басқа жазбалар әлі де сілтейді (мысалы, диагнозға оның ем курстары). Алдымен оларды жойыңыз немесе басқа жазбаға байланыстырыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleting</source>
        <translation>жою</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading a %1</source>
        <translation>%1 жазбасын оқу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no %1 with id %2.</source>
        <translation>id = %2 болатын %1 жазбасы жоқ.</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+18"/>
        <source>writing the audit trail</source>
        <translation>аудит журналына жазу</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>someone else</source>
        <translation>басқа пайдаланушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/storage/store.h" line="+142"/>
        <source>A stored %1 record (id %2) cannot be read: %3</source>
        <translation>Сақталған %1 жазбасын (id %2) оқу мүмкін емес: %3</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Record %1 of %2: %3</source>
        <translation>Жазба %1 / %2: %3</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This %1 was deleted by someone else; it cannot be changed.</source>
        <translation>Жазбаны («%1») басқа пайдаланушы жойды; оны өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This %1 was changed by %2 after you opened it. Reopen it to see the change, then make yours again.</source>
        <translation>Жазбаны («%1») сіз ашқаннан кейін %2 өзгертті. Өзгерісті көру үшін оны қайта ашып, өз өзгерісіңізді қайта енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>SyntheticCentre</name>
    <message>
        <location filename="../core/synthetic/syntheticcentre.cpp" line="+148"/>
        <source>Synthetic institution %1: %2</source>
        <translation>Синтетикалық мекеме %1: %2</translation>
    </message>
    <message>
        <location filename="../core/synthetic/syntheticgenerator.h" line="+242"/>
        <source>Synthetic patient %1, %2 record: %3</source>
        <translation>Синтетикалық пациент %1, %2 жазбасы: %3</translation>
    </message>
    <message>
        <location filename="../core/synthetic/syntheticrecords.cpp" line="+99"/>
        <source>Synthetic patient %1, measurements: %2</source>
        <translation>Синтетикалық пациент %1, өлшемдер: %2</translation>
    </message>
</context>
<context>
    <name>TeleConsultationRecord</name>
    <message>
        <location filename="../core/report/teleconsultation.cpp" line="-76"/>
        <location line="+79"/>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+83"/>
        <source>Time at this centre</source>
        <translation>Біздің орталықтағы уақыт</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+84"/>
        <source>Time at the partner</source>
        <translation>Серіктес тараптағы уақыт</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>Duration</source>
        <translation>Ұзақтығы</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+86"/>
        <source>Partner institution</source>
        <translation>Серіктес мекеме</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+86"/>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+87"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+97"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Institution</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Side</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+101"/>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+101"/>
        <source>Findings reviewed</source>
        <translation>Қаралған нәтижелер</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+101"/>
        <source>Opinion</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+101"/>
        <source>Recommendations</source>
        <translation>Ұсынымдар</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This patient has no tele-consultation recorded.</source>
        <translation>Бұл пациентте тіркелген телеконсультация жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This patient has no tele-consultation with the number %1.</source>
        <translation>Бұл пациентте %1 нөмірлі телеконсультация жоқ.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../core/timeline/timelinemodel.cpp" line="+114"/>
        <source>Diagnosis and status</source>
        <translation>Диагноз және ауру күйі</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Diagnosis %1</source>
        <translation>Диагноз %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnosis: %1 %2
Diagnosed on %3
Stage: %4</source>
        <translation>Диагноз: %1 %2
Қойылған күні: %3
Сатысы: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>тіркелмеген</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active disease</source>
        <translation>Белсенді ауру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active disease from %1 (diagnosis)</source>
        <translation>Белсенді ауру, басталуы: %1 (диагноз)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 on %2
%3</source>
        <translation>%1, %2
%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remission</source>
        <translation>Ремиссия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relapse</source>
        <translation>Рецидив</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remission from %1 (%2)</source>
        <translation>Ремиссия, басталуы: %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relapse from %1 (%2)</source>
        <translation>Рецидив, басталуы: %1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Treatments</source>
        <translation>Ем</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2
%3 – %4
Status: %5; intent: %6; best response: %7
%8</source>
        <translation>%1: %2
%3 – %4
Күйі: %5; мақсаты: %6; ең жақсы жауап: %7
%8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ongoing</source>
        <translation>жалғасуда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At this centre</source>
        <translation>Біздің орталықта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Elsewhere / abroad</source>
        <translation>Басқа жерде / шетелде</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cycle %1</source>
        <translation>%1-цикл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, cycle %2
%3 – %4</source>
        <translation>%1, %2-цикл
%3 – %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apheresis</source>
        <translation>Аферез</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apheresis on %1</source>
        <translation>Аферез: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lymphodepletion</source>
        <translation>Лимфодеплеция</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lymphodepletion %1 – %2
%3</source>
        <translation>Лимфодеплеция %1 – %2
%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CAR-T infusion (Day 0)</source>
        <translation>CAR-T инфузиясы (0-күн)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAR-T infusion on %1 (Day 0)
%2 %3
Cell dose: %4</source>
        <translation>CAR-T инфузиясы: %1 (0-күн)
%2 %3
Жасушалар дозасы: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conditioning</source>
        <translation>Кондициялау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conditioning from %1
%2 (%3)</source>
        <translation>Кондициялау, басталуы: %1
%2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transplant (Day 0)</source>
        <translation>Трансплантация (0-күн)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stem-cell infusion on %1 (Day 0)
%2, %3, HLA %4</source>
        <translation>Бағаналы жасушалар инфузиясы: %1 (0-күн)
%2, %3, HLA %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ANC engrafted</source>
        <translation>Нейтрофилдер бойынша орнығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrophil engraftment on %1 (%2): ANC ≥ %3 × 10⁹/L</source>
        <translation>Нейтрофилдер бойынша орнығу: %1 (%2): нейтрофилдер ≥ %3 × 10⁹/л</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PLT engrafted</source>
        <translation>Тромбоциттер бойынша орнығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelet engraftment on %1 (%2): platelets ≥ %3 × 10⁹/L</source>
        <translation>Тромбоциттер бойынша орнығу: %1 (%2): тромбоциттер ≥ %3 × 10⁹/л</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit discharge</source>
        <translation>Асептикалық блоктан шығару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharged from the protected unit on %1 (%2)</source>
        <translation>Асептикалық блоктан шығарылды: %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Assessments</source>
        <translation>Бағалаулар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assessment on %1: %2
Method: %3</source>
        <translation>Бағалау, %1: %2
Әдісі: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blasts: %1%</source>
        <translation>Бласттар: %1%</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Visits and tele-consultations</source>
        <translation>Визиттер мен телеконсультациялар</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on %2 (%3 min)</source>
        <translation>%1, %2 (%3 мин)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stay at the centre</source>
        <translation>Орталықта болу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived %1, departed %2</source>
        <translation>Келген күні: %1, кеткен күні: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>әлі жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay abroad</source>
        <translation>Шетелде болу</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../core/painting/timelinepainter.cpp" line="+331"/>
        <source>Nothing with a date has been recorded for this patient yet.</source>
        <translation>Бұл пациент үшін әзірге күні көрсетілген ешбір жазба тіркелмеген.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/domain/validation.cpp" line="+29"/>
        <source>%1 is required.</source>
        <translation>%1 көрсетілуі керек.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is before 1900; check the year.</source>
        <translation>%1 — 1900 жылдан бұрынғы күн; жылды тексеріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in the future.</source>
        <translation>%1 — болашақтағы күн.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is before the patient&apos;s birth (%2).</source>
        <translation>%1 — пациент туғанға дейінгі күн (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is before %2 (%3).</source>
        <translation>%1 мына күннен ерте: %2 (%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1: мәні %2 мен %3 аралығында болуы керек (енгізілгені: %4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be a grade from 0 (none) to 4 (got %2).</source>
        <translation>%1: дәреже 0-ден (жоқ) 4-ке дейін болуы керек (енгізілгені: %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a two-letter country code such as PK, KZ or CN.</source>
        <translation>«%1» — PK, KZ немесе CN сияқты екі әріпті ел коды емес.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a known time zone (use names like Asia/Karachi).</source>
        <translation>«%1» — белгілі уақыт белдеуі емес (Asia/Karachi сияқты атауларды қолданыңыз).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The hospital record number</source>
        <translation>Ауруханадағы ауру тарихының нөмірі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the patient&apos;s name in the native script or as in the passport.</source>
        <translation>Пациенттің атын ана тіліндегі жазуымен немесе төлқұжаттағыдай енгізіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date %1 is in the future.</source>
        <translation>Туған күні %1 — болашақтағы күн.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date %1 is before 1900; check the year.</source>
        <translation>Туған күні %1 — 1900 жылдан бұрын; жылды тексеріңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>the birth date</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» — электрондық пошта мекенжайы емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the arrival date</source>
        <translation>келген күні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every companion needs a name.</source>
        <translation>Әр еріп жүрушінің аты көрсетілуі керек.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The institution&apos;s name</source>
        <translation>Мекеменің атауы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ICD-10 code is required.</source>
        <translation>АХЖ-10 кодын көрсету міндетті.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an ICD-10 code (a letter, two digits, then an optional dot and up to four characters, as in C91.0).</source>
        <translation>«%1» — АХЖ-10 коды емес (бір әріп, екі цифр, одан кейін міндетті емес нүкте және төрт таңбаға дейін, мысалы C91.0).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an ICD-O-3 morphology code (four digits, a slash and the behaviour digit, as in 9811/3).</source>
        <translation>«%1» — АХЖ-О-3 морфология коды емес (төрт цифр, қиғаш сызық және сипат цифры, мысалы 9811/3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an ICD-O-3 topography code (as in C42.1).</source>
        <translation>«%1» — АХЖ-О-3 топография коды емес (мысалы C42.1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the start of the treatment</source>
        <translation>емнің басталуы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the treatment was stopped.</source>
        <translation>Ем неге тоқтатылғанын көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2) must fall within the treatment course (%3 to %4).</source>
        <translation>%1 (%2) ем курсының аралығында болуы керек (%3 – %4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ongoing</source>
        <translation>жалғасуда</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The body surface area (m²)</source>
        <translation>Дене бетінің ауданы (м²)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The number of cycles cannot be negative.</source>
        <translation>Циклдер саны теріс бола алмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cycle lasts between 1 and 120 days.</source>
        <translation>Бір цикл 1 күннен 120 күнге дейін созылады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle %1</source>
        <translation>%1-цикл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every drug needs a name.</source>
        <translation>Әр препараттың атауы көрсетілуі керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dose cannot be negative (%1).</source>
        <translation>Доза теріс бола алмайды (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The infusion (day 0)</source>
        <translation>Инфузия (0-күн)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>the start of lymphodepletion</source>
        <translation>лимфодеплецияның басталуы</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the apheresis</source>
        <translation>аферез</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRS grade (ASTCT)</source>
        <translation>CRS дәрежесі (ASTCT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ICANS grade (ASTCT)</source>
        <translation>ICANS дәрежесі (ASTCT)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stem-cell infusion (day 0)</source>
        <translation>Бағаналы жасушалар инфузиясы (0-күн)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an HLA match: write matched/typed loci, as in 10/10 or 7/8 (typed loci 6, 8, 10 or 12).</source>
        <translation>«%1» — HLA сәйкестігі емес: сәйкес/типтелген локустарды жазыңыз, мысалы 10/10 немесе 7/8 (типтелген локустар: 6, 8, 10 немесе 12).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the start of conditioning</source>
        <translation>кондициялаудың басталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>day 0</source>
        <translation>0-күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The acute GVHD grade</source>
        <translation>Жедел РТПХ дәрежесі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An autologous transplant uses the patient&apos;s own cells.</source>
        <translation>Аутологиялық трансплантацияда пациенттің өз жасушалары қолданылады.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The date of the assessment is required.</source>
        <translation>Бағалау күнін көрсету міндетті.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The blast percentage</source>
        <translation>Бласттар пайызы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The date and time of the measurement are required.</source>
        <translation>Өлшеу күні мен уақытын көрсету міндетті.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A weight in kg</source>
        <translation>Салмақ (кг)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A height in cm</source>
        <translation>Бой (см)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A percentage</source>
        <translation>Пайыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A measured value cannot be negative.</source>
        <translation>Өлшенген мән теріс бола алмайды.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The date and time of the visit are required.</source>
        <translation>Визиттің күні мен уақытын көрсету міндетті.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The duration must be between 0 and 1440 minutes.</source>
        <translation>Ұзақтығы 0 мен 1440 минут аралығында болуы керек.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A tele-consultation needs the partner side&apos;s time zone.</source>
        <translation>Телеконсультация үшін серіктес тараптың уақыт белдеуі қажет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every participant needs a name.</source>
        <translation>Әр қатысушының аты көрсетілуі керек.</translation>
    </message>
</context>
<context>
    <name>VisaInvitationLetter</name>
    <message>
        <location filename="../core/report/visainvitation.cpp" line="-156"/>
        <location line="+89"/>
        <source>To the visa section of the embassy or consulate</source>
        <translation>Елшіліктің немесе консулдықтың визалық бөліміне</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Date: %1</source>
        <translation>Күні: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Our centre invites the patient named below, and the companions listed, to travel for medical treatment as described in this letter. We ask you to issue them medical visas for the dates of the stay.</source>
        <translation>Біздің орталық төменде аталған пациентті және тізімде көрсетілген еріп жүрушілерді осы хатта сипатталған емделу үшін келуге шақырады. Оларға болу мерзіміне медициналық виза беруіңізді сұраймыз.</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+97"/>
        <location line="+21"/>
        <source>Passport number</source>
        <translation>Төлқұжат нөмірі</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+97"/>
        <source>Issued by</source>
        <translation>Берген елі</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <location line="+20"/>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+99"/>
        <source>Companions</source>
        <translation>Еріп жүрушілер</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+113"/>
        <source>Relation</source>
        <translation>Туыстық қатынасы</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>No companion travels with the patient.</source>
        <translation>Пациентпен бірге еріп жүретін адам жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <source>Treatment and stay</source>
        <translation>Ем және болу мерзімі</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+132"/>
        <source>Intended treatment</source>
        <translation>Жоспарланған ем</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+132"/>
        <source>Dates of the stay</source>
        <translation>Болу мерзімі</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+133"/>
        <source>Estimated duration</source>
        <translation>Болжамды ұзақтығы</translation>
    </message>
    <message numerus="yes">
        <location line="-132"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>Costs covered by</source>
        <translation>Шығындарды өтейтін тарап</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+134"/>
        <source>Contact at the centre</source>
        <translation>Орталықпен байланыс</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+138"/>
        <source>Centre</source>
        <translation>Орталық</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+140"/>
        <source>Signature and stamp</source>
        <translation>Қолы және мөрі</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>A visa invitation letter needs the patient&apos;s passport number: enter it with Edit patient first.</source>
        <translation>Визаға шақыру хаты үшін пациенттің төлқұжат нөмірі қажет: алдымен оны «Пациентті өңдеу» арқылы енгізіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A visa invitation letter needs the dates of the stay: give them, or record the patient&apos;s arrival and departure dates.</source>
        <translation>Визаға шақыру хаты үшін болу мерзімі қажет: оны көрсетіңіз немесе пациенттің келу және кету күндерін тіркеңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stay cannot end (%1) before it begins (%2).</source>
        <translation>Болу мерзімі басталу күнінен (%2) бұрын (%1) аяқтала алмайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A visa invitation letter needs the intended treatment: give it, or record a planned treatment or a diagnosis.</source>
        <translation>Визаға шақыру хаты үшін жоспарланған ем қажет: оны көрсетіңіз немесе жоспарланған емді не диагнозды тіркеңіз.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../core/domain/vocabulary.h" line="+76"/>
        <location line="+13"/>
        <location line="+10"/>
        <location line="+27"/>
        <location line="+18"/>
        <location line="+18"/>
        <location line="+3"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Not recorded</source>
        <translation>Тіркелмеген</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enquiry</source>
        <translation>Сұраныс</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>Tele-consultation</source>
        <translation>Телеконсультация</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Awaiting visa</source>
        <translation>Визаны күтуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travelling</source>
        <translation>Жолда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In treatment</source>
        <translation>Емделуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharged</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote follow-up</source>
        <translation>Қашықтан бақылау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>Қайтыс болды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost to follow-up</source>
        <translation>Бақылаудан шығып қалды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-paying</source>
        <translation>Өз қаражатынан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>Мемлекет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embassy</source>
        <translation>Елшілік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurer</source>
        <translation>Сақтандыру компаниясы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charity</source>
        <translation>Қайырымдылық қоры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital</source>
        <translation>Аурухана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor registry</source>
        <translation>Донорлар тіркелімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laboratory</source>
        <translation>Зертхана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other institution</source>
        <translation>Басқа мекеме</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Histology</source>
        <translation>Гистология</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bone-marrow morphology</source>
        <translation>Сүйек кемігінің морфологиясы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>Flow cytometry</source>
        <translation>Ағынды цитометрия</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+45"/>
        <source>Imaging</source>
        <translation>Сәулелік диагностика</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <source>Clinical</source>
        <translation>Клиникалық деректер</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>No staging</source>
        <translation>Сатылау жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TNM</source>
        <translation>TNM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ann Arbor</source>
        <translation>Ann Arbor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISS</source>
        <translation>ISS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk group</source>
        <translation>Қауіп тобы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other system</source>
        <translation>Басқа жүйе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>Қолданылмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Сол жақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Оң жақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral</source>
        <translation>Екі жақты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side unknown</source>
        <translation>Жағы белгісіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chemotherapy</source>
        <translation>Химиотерапия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAR-T cell therapy</source>
        <translation>CAR-T жасушалық терапия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stem-cell transplant</source>
        <translation>Бағаналы жасушаларды трансплантациялау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surgery</source>
        <translation>Хирургиялық ем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radiotherapy</source>
        <translation>Сәулелік терапия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immunotherapy</source>
        <translation>Иммунотерапия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gene therapy</source>
        <translation>Гендік терапия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyperthermia</source>
        <translation>Гипертермия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional medicine</source>
        <translation>Дәстүрлі медицина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other therapy</source>
        <translation>Басқа ем</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curative</source>
        <translation>Радикалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palliative</source>
        <translation>Паллиативтік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bridging</source>
        <translation>Көпір терапиясы (bridging)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consolidation</source>
        <translation>Консолидация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>Жүргізілуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed</source>
        <translation>Бағаланбаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete remission</source>
        <translation>Толық ремиссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CR with incomplete recovery</source>
        <translation>Қан көрсеткіштері толық қалпына келмеген толық ремиссия (CRi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial response</source>
        <translation>Ішінара жауап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable disease</source>
        <translation>Аурудың тұрақтануы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progressive disease</source>
        <translation>Аурудың өршуі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relapse</source>
        <translation>Рецидив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRD negative</source>
        <translation>МОБ теріс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRD positive</source>
        <translation>МОБ оң</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morphology</source>
        <translation>Морфология</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PCR</source>
        <translation>ПТР</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight</source>
        <translation>Салмақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Бой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrophils (ANC)</source>
        <translation>Нейтрофилдер (абсолют саны)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelets</source>
        <translation>Тромбоциттер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haemoglobin</source>
        <translation>Гемоглобин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White cells (WBC)</source>
        <translation>Лейкоциттер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blasts</source>
        <translation>Бласттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tumour marker</source>
        <translation>Ісік маркері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other measurement</source>
        <translation>Басқа өлшем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mg/m²</source>
        <translation>мг/м²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mg/kg</source>
        <translation>мг/кг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat dose</source>
        <translation>Тұрақты доза</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autologous</source>
        <translation>Аутологиялық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allogeneic</source>
        <translation>Аллогендік</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self (autologous)</source>
        <translation>Өзі (аутологиялық)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related</source>
        <translation>Туыс донор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unrelated</source>
        <translation>Туыс емес донор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haploidentical</source>
        <translation>Гаплоидентичті донор</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Cord blood</source>
        <translation>Кіндік қаны</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Bone marrow</source>
        <translation>Сүйек кемігі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peripheral blood</source>
        <translation>Перифериялық қан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Myeloablative (MAC)</source>
        <translation>Миелоаблативті (MAC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduced intensity (RIC)</source>
        <translation>Төмендетілген қарқынды (RIC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-myeloablative (NMA)</source>
        <translation>Миелоаблативті емес (NMA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chronic GVHD</source>
        <translation>Созылмалы РТПХ жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mild</source>
        <translation>Жеңіл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>Ауыр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outpatient visit</source>
        <translation>Амбулаториялық қабылдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admission</source>
        <translation>Емдеуге жатқызу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharge</source>
        <translation>Шығару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multidisciplinary meeting</source>
        <translation>Мультидисциплинарлық консилиум</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Бақылау визиті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This centre</source>
        <translation>Біздің орталық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner side</source>
        <translation>Серіктес тарап</translation>
    </message>
</context>
<context>
    <name>caravan::CaseHeader</name>
    <message>
        <location filename="../ui/record/caseheader.cpp" line="+70"/>
        <source>No patient selected</source>
        <translation>Пациент таңдалмаған</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n жас</numerusform>
            <numerusform>%n жас</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>speaks %1, needs an interpreter</source>
        <translation>тілі: %1, аудармашы қажет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speaks %1</source>
        <translation>тілі: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs an interpreter</source>
        <translation>аудармашы қажет</translation>
    </message>
</context>
<context>
    <name>caravan::CaseRecordView</name>
    <message>
        <location filename="../ui/record/caserecordview.cpp" line="+213"/>
        <source>Delete %1</source>
        <translation>Жою: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this %1? You can undo it with Edit ▸ Undo.</source>
        <translation>Бұл жазбаны (%1) жою керек пе? Мұны Өңдеу ▸ Болдырмау арқылы қайтаруға болады.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your login on this server has no Caravan role: you may only read.</source>
        <translation>Бұл сервердегі тіркелгіңізде Caravan рөлі жоқ: тек оқуға болады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role on this server (%1) may read these records but not change them.</source>
        <translation>Бұл сервердегі рөліңіз (%1) бұл жазбаларды оқуға рұқсат береді, бірақ өзгертуге рұқсат бермейді.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
</context>
<context>
    <name>caravan::CohortLegend</name>
    <message>
        <location filename="../ui/cohort/cohortlegend.cpp" line="+30"/>
        <source>CR / CRi</source>
        <translation>CR / CRi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRD negative</source>
        <translation>МОБ теріс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRD positive</source>
        <translation>МОБ оң</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relapse / progression</source>
        <translation>Рецидив / өршу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other response</source>
        <translation>Басқа жауап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrophil engraftment</source>
        <translation>Нейтрофилдер бойынша орнығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelet engraftment</source>
        <translation>Тромбоциттер бойынша орнығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Соңғы байланыс</translation>
    </message>
</context>
<context>
    <name>caravan::CohortSwimlanes</name>
    <message>
        <location filename="../ui/cohort/cohortswimlanes.cpp" line="+233"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day 0: %1</source>
        <translation>0-күн: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: neutrophil engraftment</source>
        <translation>%1: нейтрофилдер бойынша орнығу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: platelet engraftment</source>
        <translation>%1: тромбоциттер бойынша орнығу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: last contact</source>
        <translation>%1: соңғы байланыс</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1</source>
        <translation>%1 және одан кейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Relapse: %1</source>
        <translation>Рецидив: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutrophil engraftment: %1</source>
        <translation>Нейтрофилдер бойынша орнығу: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact: %1</source>
        <translation>Соңғы байланыс: %1</translation>
    </message>
</context>
<context>
    <name>caravan::CohortView</name>
    <message>
        <location filename="../ui/cohort/cohortview.cpp" line="+185"/>
        <source>The cohort could not be read: %1</source>
        <translation>Когортаны оқу мүмкін болмады: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n пациент</numerusform>
            <numerusform>%n пациент</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day 0: CAR-T infusion</source>
        <translation>0-күн: CAR-T инфузиясы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day 0: transplant infusion</source>
        <translation>0-күн: трансплантат инфузиясы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Align on</source>
        <translation>&amp;Туралау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Диагноз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country</source>
        <translation>&amp;Ел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Therapy</source>
        <translation>Е&amp;м</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sort</source>
        <translation>&amp;Сұрыптау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day 0 &amp;years</source>
        <translation>0-күн &amp;жылдары</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAR-T infusion</source>
        <translation>CAR-T инфузиясы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transplant infusion</source>
        <translation>Трансплантат инфузиясы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any</source>
        <translation>Кез келген</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day 0 date</source>
        <translation>0-күннің датасы бойынша</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relapse first</source>
        <translation>Алдымен рецидивтер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remission first</source>
        <translation>Алдымен ремиссиялар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to engraftment</source>
        <translation>Орнығуға дейінгі күндер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days to relapse</source>
        <translation>Рецидивке дейінгі күндер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event every patient&apos;s day 0 is aligned on (the first one if there are several)</source>
        <translation>Әр пациенттің 0-күні соған тураланатын оқиға (бірнешеу болса, біріншісі)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to pan, Ctrl+wheel or the wheel over the day axis to zoom, click a patient to open the case.</source>
        <translation>Жылжыту үшін сүйреңіз; масштабтау үшін Ctrl+дөңгелекті немесе күндер осінің үстінде дөңгелекті айналдырыңыз; жағдайды ашу үшін пациентті басыңыз.</translation>
    </message>
</context>
<context>
    <name>caravan::ConflictDialog</name>
    <message>
        <location filename="../ui/editors/conflictdialog.cpp" line="+69"/>
        <source>Changed by someone else</source>
        <translation>Басқа пайдаланушы өзгертті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else</source>
        <translation>Басқа пайдаланушы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 saved this %2 at %3, while you were editing it.</source>
        <translation>Сіз өңдеп отырғанда %1 бұл жазбаны («%2») сақтады (%3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved this %1 while you were editing it.</source>
        <translation>Сіз өңдеп отырғанда бұл жазбаны («%1») басқа пайдаланушы сақтады.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>You both changed %n field(s), marked below: choose which value to keep.</source>
        <translation>
            <numerusform>Екеуіңіз де %n өрісті өзгерттіңіз (төменде белгіленген): қай мәнді қалдыру керегін таңдаңыз.</numerusform>
            <numerusform>Екеуіңіз де %n өрісті өзгерттіңіз (төменде белгіленген): қай мәнді қалдыру керегін таңдаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed different fields; the choices below keep both sets of changes.</source>
        <translation>Екеуіңіз әртүрлі өрістерді өзгерттіңіз; төмендегі таңдаулар екі жақтың да өзгерістерін сақтайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is saved until you choose.</source>
        <translation>Сіз таңдағанша ештеңе сақталмайды.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs: %1, %2</source>
        <translation>Басқа нұсқа: %1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>Басқа нұсқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours</source>
        <translation>Сіздің нұсқаңыз</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (changed by both)</source>
        <translation>%1 (екеуіңіз де өзгерттіңіз)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: theirs</source>
        <translation>%1: басқа нұсқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: yours</source>
        <translation>%1: сіздің нұсқаңыз</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Keep theirs</source>
        <translation>Басқа нұсқаны қалдыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the record as they saved it; your changes are dropped.</source>
        <translation>Жазбаны басқа пайдаланушы сақтаған күйінде қалдыру; сіздің өзгерістеріңіз алынып тасталады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine</source>
        <translation>Өз нұсқамды сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your value in every field listed, over theirs.</source>
        <translation>Тізімдегі әр өріске басқа нұсқаның мәнінің орнына өз мәніңізді сақтау.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save chosen values</source>
        <translation>Таңдалған мәндерді сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save their version with the values chosen above.</source>
        <translation>Басқа нұсқаны жоғарыда таңдалған мәндермен сақтау.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <location filename="../ui/editors/conflictdialog.h" line="+76"/>
        <source>This %1 was deleted by someone else while you were editing it; your changes cannot be saved to it.</source>
        <translation>Сіз өңдеп отырғанда жазбаны («%1») басқа пайдаланушы жойды; өзгерістеріңізді оған сақтау мүмкін емес.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: someone else changed this %1 while you were editing it.</source>
        <translation>Сақталмады: сіз өңдеп отырғанда жазбаны («%1») басқа пайдаланушы өзгертті.</translation>
    </message>
</context>
<context>
    <name>caravan::DateEdit</name>
    <message>
        <location filename="../ui/editors/dateedit.cpp" line="+211"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the date as year-month-day, e.g. 2024-03-15. Leave it empty if it is not recorded.</source>
        <translation>Күнді жыл-ай-күн түрінде жазыңыз, мысалы 2024-03-15. Тіркелмеген болса, бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the date in a calendar</source>
        <translation>Күнтізбеден күнді таңдау</translation>
    </message>
</context>
<context>
    <name>caravan::DateTimeEdit</name>
    <message>
        <location line="+62"/>
        <source>local time (%1)</source>
        <translation>жергілікті уақыт (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours and minutes in the time zone of this computer; stored in UTC.</source>
        <translation>Осы компьютердің уақыт белдеуіндегі сағат пен минут; UTC бойынша сақталады.</translation>
    </message>
</context>
<context>
    <name>caravan::DocumentPreviewDialog</name>
    <message>
        <location filename="../ui/report/documentpreviewdialog.cpp" line="+211"/>
        <source>International Patient Centre</source>
        <translation>Халықаралық пациенттер орталығы</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No temporary folder for the document: %1</source>
        <translation>Құжат үшін уақытша қалта жоқ: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no document to save yet.</source>
        <translation>Сақтайтын құжат әлі жоқ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The document cannot be saved as %1: %2</source>
        <translation>Құжатты %1 ретінде сақтау мүмкін емес: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Referral summary</source>
        <translation>Жолдама үзінді көшірмесі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tele-consultation record</source>
        <translation>Телеконсультация хаттамасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical visa invitation letter</source>
        <translation>Медициналық визаға шақыру хаты</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Save %1</source>
        <translation>Сақтау: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Print %1</source>
        <translation>Басып шығару: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Second language:</source>
        <translation>&amp;Екінші тіл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pri&amp;nt…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>t&amp;o:</source>
        <translation>&amp;соңы:</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Include &amp;passport details</source>
        <translation>Төлқұжат &amp;деректерін қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Consultation:</source>
        <translation>&amp;Консультация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tele-consultation recorded</source>
        <translation>Тіркелген телеконсультация жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intended &amp;treatment:</source>
        <translation>Жоспарланған е&amp;м:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the record: the planned treatment, else the diagnosis</source>
        <translation>Жазбадан: жоспарланған ем, ол болмаса — диагноз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay &amp;from:</source>
        <translation>Болу мерзімі, &amp;басы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gned by:</source>
        <translation>&amp;Қол қойған:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and title under the signature line</source>
        <translation>Қолтаңба сызығының астындағы аты-жөні мен лауазымы</translation>
    </message>
</context>
<context>
    <name>caravan::HistoryView</name>
    <message>
        <location filename="../ui/record/historyview.cpp" line="+47"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Added %1</source>
        <translation>Қосылды: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed %1</source>
        <translation>Өзгертілді: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted %1</source>
        <translation>Жойылды: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored %1</source>
        <translation>Қалпына келтірілді: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %1</source>
        <translation>Экспортталды: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Languages: %1</source>
        <translation>Тілдер: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on %1</source>
        <translation>Басып шығарылды: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
</context>
<context>
    <name>caravan::InstitutionsDialog</name>
    <message>
        <location filename="../ui/record/institutionsdialog.cpp" line="+23"/>
        <source>Partner institutions</source>
        <translation>Серіктес мекемелер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
</context>
<context>
    <name>caravan::ListFieldEditor</name>
    <message>
        <location filename="../ui/editors/listfieldeditor.cpp" line="+57"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row</source>
        <translation>Жол қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected rows</source>
        <translation>Таңдалған жолдарды алып тастау</translation>
    </message>
</context>
<context>
    <name>caravan::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+364"/>
        <source>Select a patient first.</source>
        <translation>Алдымен пациентті таңдаңыз.</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Delete patient</source>
        <translation>Пациентті жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this patient with everything recorded about them? You can undo it with Edit ▸ Undo.</source>
        <translation>Бұл пациентті ол туралы барлық жазбалармен бірге жою керек пе? Мұны Өңдеу ▸ Болдырмау арқылы қайтаруға болады.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>About Caravan</source>
        <translation>Caravan туралы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;Case manager for international patients.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Schema %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;Халықаралық пациенттердің істерін жүргізу жүйесі.&lt;/p&gt;&lt;p&gt;Дерекқор: %2&lt;/p&gt;&lt;p&gt;Схема %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caravan — %1</source>
        <translation>Caravan — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+333"/>
        <source>Caravan</source>
        <translation>Caravan</translation>
    </message>
    <message>
        <location line="-332"/>
        <source>This database has no patients yet. Load the fictional demo cases to look around, add a patient with File ▸ New patient, or import a CSV file.</source>
        <translation>Бұл дерекқорда әлі пациенттер жоқ. Танысу үшін ойдан шығарылған демо-жағдайларды жүктеңіз, Файл ▸ Жаңа пациент арқылы пациент қосыңыз немесе CSV файлын импорттаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load demo cases</source>
        <translation>Демо-жағдайларды жүктеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New patient…</source>
        <translation>&amp;Жаңа пациент…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>Дерекқорды &amp;ашу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to server…</source>
        <translation>Серверге &amp;қосылу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent databases and servers</source>
        <translation>&amp;Соңғы дерекқорлар мен серверлер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import patients from CSV…</source>
        <translation>CSV-ден пациенттерді &amp;импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export (PDF)</source>
        <translation>&amp;Экспорт (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Referral summary…</source>
        <translation>&amp;Жолдама үзінді көшірмесі…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tele-consultation record…</source>
        <translation>&amp;Телеконсультация хаттамасы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visa invitation letter…</source>
        <translation>&amp;Визаға шақыру хаты…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral summary, tele-consultation record or visa invitation letter as PDF</source>
        <translation>Жолдама үзінді көшірмесі, телеконсультация хаттамасы немесе визаға шақыру хаты PDF түрінде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Ш&amp;ығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Өңдеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Болдырмау (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Қайталау (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;patient…</source>
        <translation>&amp;Пациентті өңдеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the current tab…</source>
        <translation>Ағымдағы қойындыға қо&amp;су…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete selected record</source>
        <translation>Таңдалған жазбаны &amp;жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete patient…</source>
        <translation>Пациентті жою…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner &amp;institutions…</source>
        <translation>Серіктес &amp;мекемелер…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find a patient</source>
        <translation>Пациентті &amp;іздеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cohort aligned on day 0…</source>
        <translation>&amp;Когорта (0-күн бойынша туралау)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Caravan</source>
        <translation>Caravan &amp;туралы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects to the server; asks for the password if it is needed.</source>
        <translation>Серверге қосылады; қажет болса, құпиясөзді сұрайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A database file on this computer.</source>
        <translation>Осы компьютердегі дерекқор файлы.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The connection to %1 was lost; connecting again…</source>
        <translation>%1 байланысы үзілді; қайта қосылуда…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1 again.</source>
        <translation>%1 серверіне қайта қосылды.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The reporting server cannot be reached (%1); the cohort reads the main server.</source>
        <translation>Есеп серверіне қосылу мүмкін емес (%1); когорта негізгі серверден оқиды.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open or create a database</source>
        <translation>Дерекқорды ашу немесе жасау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caravan databases (*.sqlite *.db);;All files (*)</source>
        <translation>Caravan дерекқорлары (*.sqlite *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+16"/>
        <source>Import patients</source>
        <translation>Пациенттерді импорттау</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV файлдары (*.csv *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n patient(s) imported.</source>
        <translation>
            <numerusform>%n пациент импортталды.</numerusform>
            <numerusform>%n пациент импортталды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1 (%2): %3</source>
        <translation>%1-жол (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %n more row(s) not imported.</source>
        <translation>
            <numerusform>… және тағы %n жол импортталмады.</numerusform>
            <numerusform>… және тағы %n жол импортталмады.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cohort — %1 (reporting replica)</source>
        <translation>Когорта — %1 (есеп репликасы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort — %1</source>
        <translation>Когорта — %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No database open</source>
        <translation>Дерекқор ашылмаған</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n patient(s) shown</source>
        <translation>
            <numerusform>%n пациенттің %1 көрсетілген</numerusform>
            <numerusform>%n пациенттің %1 көрсетілген</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::OverviewPage</name>
    <message>
        <location filename="../ui/record/overviewpage.cpp" line="+20"/>
        <location line="+49"/>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+26"/>
        <location line="+21"/>
        <location line="+18"/>
        <source>not recorded</source>
        <translation>тіркелмеген</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Travel and documents</source>
        <translation>Сапар және құжаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation>Төлқұжат</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>expires</source>
        <translation>мерзімі</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stay</source>
        <translation>Болу мерзімі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>travels with the patient</source>
        <translation>пациентпен бірге жүреді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next of kin</source>
        <translation>жақын туысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passport</source>
        <translation>төлқұжат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Companions</source>
        <translation>Еріп жүрушілер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none recorded</source>
        <translation>тіркелмеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer and referral</source>
        <translation>Төлеуші және жолдама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer</source>
        <translation>Төлеуші</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Referred by</source>
        <translation>Жолдама берген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Үйлестіруші</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnoses</source>
        <translation>Диагноздар</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>diagnosed %1</source>
        <translation>диагноз қойылған күні %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Treatments</source>
        <translation>Ем</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>best response</source>
        <translation>ең жақсы жауап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day 0:</source>
        <translation>0-күн:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today is</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>counts show</source>
        <translation>қан көрсеткіштері бойынша</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Neutrophil engraftment:</source>
        <translation>Нейтрофилдер бойынша орнығу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platelet engraftment:</source>
        <translation>тромбоциттер бойынша орнығу:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Latest height and weight:</source>
        <translation>Соңғы бой мен салмақ:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing planned</source>
        <translation>ештеңе жоспарланбаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
</context>
<context>
    <name>caravan::PartTab</name>
    <message>
        <location filename="../ui/record/parttab.cpp" line="+103"/>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>caravan::PatientListFilterBar</name>
    <message>
        <location filename="../ui/patientlist/patientlistfilterbar.cpp" line="+104"/>
        <source>Haematological malignancy (C81–C96, D45–D47)</source>
        <translation>Қан жүйесінің қатерлі ісіктері (C81–C96, D45–D47)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solid tumour (other C)</source>
        <translation>Солидті ісіктер (басқа C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-malignant blood disease (D50–D89)</source>
        <translation>Қанның қатерсіз аурулары (D50–D89)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cardiovascular (I)</source>
        <translation>Жүрек-қантамыр аурулары (I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spine and musculoskeletal (M)</source>
        <translation>Омыртқа және тірек-қимыл жүйесі (M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Congenital (Q)</source>
        <translation>Туа біткен ақаулар (Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or none</source>
        <translation>Басқа немесе жоқ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Country:</source>
        <translation>Е&amp;л:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagnosis:</source>
        <translation>&amp;Диагноз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;reatment:</source>
        <translation>&amp;Емі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;oordinator:</source>
        <translation>&amp;Үйлестіруші:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear filters</source>
        <translation>Сүзгілерді тазарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every patient again (the search text stays)</source>
        <translation>Барлық пациенттерді қайта көрсету (іздеу мәтіні сақталады)</translation>
    </message>
</context>
<context>
    <name>caravan::PatientListModel</name>
    <message>
        <location filename="../ui/patientlist/patientlistmodel.cpp" line="+213"/>
        <source>Planned visit</source>
        <translation>Жоспарланған визит</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa expires</source>
        <translation>Визаның мерзімі бітеді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport expires</source>
        <translation>Төлқұжаттың мерзімі бітеді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned treatment starts</source>
        <translation>Жоспарланған емнің басталуы</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The latest diagnosis</source>
        <translation>Соңғы диагноз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The type of the latest treatment course</source>
        <translation>Соңғы ем курсының түрі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The earliest date from today on: a planned visit, the visa or passport expiry, or the start of a planned treatment</source>
        <translation>Бүгіннен бастап ең жақын күн: жоспарланған визит, визаның немесе төлқұжаттың мерзімінің бітуі, немесе жоспарланған емнің басталуы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record</source>
        <translation>Ауру тарихы №</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport name</source>
        <translation>Төлқұжаттағы аты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nationality</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnosis</source>
        <translation>Диагноз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current treatment</source>
        <translation>Ағымдағы ем</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case status</source>
        <translation>Жағдай күйі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinator</source>
        <translation>Үйлестіруші</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next due</source>
        <translation>Келесі мерзім</translation>
    </message>
</context>
<context>
    <name>caravan::PatientListPane</name>
    <message>
        <location filename="../ui/patientlist/patientlistpane.cpp" line="+146"/>
        <source>Find a patient: name in any script, record, passport or phone number</source>
        <translation>Пациентті іздеу: кез келген жазудағы аты, ауру тарихының, төлқұжат немесе телефон нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list follows as you type. Enter opens the selected patient (or the first one); Down moves into the list; Escape clears the search.</source>
        <translation>Тізім теру барысында жаңарады. Enter таңдалған (немесе бірінші) пациентті ашады; Down тізімге өтеді; Escape іздеуді тазартады.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The patient list could not be read: %1</source>
        <translation>Пациенттер тізімін оқу мүмкін болмады: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln patient(s)</source>
        <translation>
            <numerusform>%Ln пациент</numerusform>
            <numerusform>%Ln пациент</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing the best %1 matches of %Ln patient(s): type more to narrow the search</source>
        <translation>
            <numerusform>%Ln пациенттің ішінен ең сәйкес %1 нәтиже көрсетілуде: іздеуді нақтылау үшін тағы теріңіз</numerusform>
            <numerusform>%Ln пациенттің ішінен ең сәйкес %1 нәтиже көрсетілуде: іздеуді нақтылау үшін тағы теріңіз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing %1 of %Ln patient(s)</source>
        <translation>
            <numerusform>%Ln пациенттің %1 көрсетілуде</numerusform>
            <numerusform>%Ln пациенттің %1 көрсетілуде</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::PdfPreview</name>
    <message>
        <location filename="../ui/report/pdfpreview.cpp" line="+146"/>
        <source>The file %1 cannot be opened as a PDF: it is missing or damaged.</source>
        <translation>%1 файлын PDF ретінде ашу мүмкін емес: ол жоқ немесе бүлінген.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is protected by a password.</source>
        <translation>%1 файлы құпиясөзбен қорғалған.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 has no pages.</source>
        <translation>%1 файлында беттер жоқ.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Page %1 of %2</source>
        <translation>%1-бет, барлығы %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous</source>
        <translation>Алдыңғы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Алдыңғы бет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Келесі бет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
</context>
<context>
    <name>caravan::RecordDialog</name>
    <message>
        <location filename="../ui/editors/recorddialog.cpp" line="+73"/>
        <source>Your changes have not been saved.</source>
        <translation>Өзгерістеріңіз сақталмады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard them, or keep editing to save them?</source>
        <translation>Оларды жою керек пе, әлде сақтау үшін өңдеуді жалғастырасыз ба?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>row %1</source>
        <translation>%1-жол</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No height and no weight are recorded for this patient: record both as measurements to compute the body surface area and the doses per m² and per kg.</source>
        <translation>Бұл пациенттің бойы да, салмағы да тіркелмеген: дене бетінің ауданын және м² мен кг-ға шаққандағы дозаларды есептеу үшін екеуін де өлшем ретінде енгізіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No height is recorded for this patient: record one as a measurement to compute the body surface area and the doses per m².</source>
        <translation>Бұл пациенттің бойы тіркелмеген: дене бетінің ауданын және м²-ге шаққандағы дозаларды есептеу үшін бойды өлшем ретінде енгізіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No weight is recorded for this patient: record one as a measurement to compute the body surface area and the doses per m² and per kg.</source>
        <translation>Бұл пациенттің салмағы тіркелмеген: дене бетінің ауданын және м² мен кг-ға шаққандағы дозаларды есептеу үшін салмақты өлшем ретінде енгізіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body surface area %1 m² (Mosteller) from %2 cm and %3 kg.</source>
        <translation>Дене бетінің ауданы %1 м² (Мостеллер бойынша): бойы %2 см, салмағы %3 кг.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the drugs with their dose per unit to compute the doses.</source>
        <translation>Дозаларды есептеу үшін препараттарды бірлікке шаққандағы дозасымен қосыңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Dose given filled for %n drug(s); check each before saving.</source>
        <translation>
            <numerusform>%n препараттың берілген дозасы толтырылды; сақтау алдында әрқайсысын тексеріңіз.</numerusform>
            <numerusform>%n препараттың берілген дозасы толтырылды; сақтау алдында әрқайсысын тексеріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not computed: %1.</source>
        <translation>Есептелмеді: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Latest height %1 cm and weight %2 kg.</source>
        <translation>Соңғы бойы %1 см, салмағы %2 кг.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest height %1 cm; no weight recorded.</source>
        <translation>Соңғы бойы %1 см; салмағы тіркелмеген.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest weight %1 kg; no height recorded.</source>
        <translation>Соңғы салмағы %1 кг; бойы тіркелмеген.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No height or weight recorded for this patient.</source>
        <translation>Бұл пациенттің бойы мен салмағы тіркелмеген.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New %1</source>
        <translation>Жаңа жазба: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>Өңдеу: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Compute doses from height and weight</source>
        <translation>Бой мен салмақ бойынша дозаларды есептеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body surface area (Mosteller) from the latest height and weight, then each drug&apos;s dose given from its dose per m², per kg or flat dose.</source>
        <translation>Соңғы бой мен салмақ бойынша дене бетінің ауданы (Мостеллер), содан кейін әр препараттың берілген дозасы оның м²-ге, кг-ға шаққандағы немесе тұрақты дозасы бойынша есептеледі.</translation>
    </message>
    <message>
        <location filename="../ui/editors/recorddialog.h" line="+131"/>
        <location filename="../ui/record/recordeditors.cpp" line="+17"/>
        <source>Some values could not be read: correct the fields marked below.</source>
        <translation>Кейбір мәндерді оқу мүмкін болмады: төменде белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../ui/record/recordeditors.cpp" line="+6"/>
        <source>born</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>birth date not recorded</source>
        <translation>туған күні көрсетілмеген</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same person?</source>
        <translation>Сол адам ба?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These patients may be the same person:

%1

Open the first of them, or create a new patient anyway?</source>
        <translation>Бұл пациенттер сол адам болуы мүмкін:

%1

Олардың біріншісін ашу керек пе, әлде бәрібір жаңа пациент құру керек пе?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open existing patient</source>
        <translation>Бар пациентті ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create new patient</source>
        <translation>Жаңа пациент құру</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved yet: check the possible duplicates.</source>
        <translation>Әлі сақталмады: ықтимал қайталанатын жазбаларды тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>caravan::RecordForm</name>
    <message>
        <location filename="../ui/editors/recordform.cpp" line="+204"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>caravan::RecordTableModel</name>
    <message>
        <location filename="../ui/record/recordtablemodel.cpp" line="+63"/>
        <location line="+19"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>caravan::ServerConnectDialog</name>
    <message>
        <location filename="../ui/connection/serverconnectdialog.cpp" line="+20"/>
        <source>Connect to server</source>
        <translation>Серверге қосылу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example db.hospital.local</source>
        <translation>мысалы, db.hospital.local</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encrypted, server&apos;s certificate checked (verify-full)</source>
        <translation>Шифрланған, сервер сертификаты тексеріледі (verify-full)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted (require)</source>
        <translation>Шифрланған (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Сервер ұсынса, шифрланады (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted: this computer or a trusted network only (disable)</source>
        <translation>Шифрланбайды: тек осы компьютер немесе сенімді желі (disable)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>asked for when needed</source>
        <translation>қажет кезде сұралады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the password in the system keychain</source>
        <translation>Құпиясөзді жүйелік құпиясөз қоймасында сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is never written to Caravan&apos;s settings. Leave it empty to be asked for it, or to use ~/.pgpass.</source>
        <translation>Құпиясөз Caravan баптауларына ешқашан жазылмайды. Ол сұралуы үшін немесе ~/.pgpass қолданылуы үшін өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your login:</source>
        <translation>Кіру атыңыз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:</source>
        <translation>Қауіпсіздік:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect</source>
        <translation>Қосылу</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database</source>
        <translation>дерекқор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your login</source>
        <translation>кіру атыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in %1.</source>
        <translation>Толтырыңыз: %1.</translation>
    </message>
</context>
<context>
    <name>caravan::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="+29"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No logo</source>
        <translation>Логотип жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logo for the letterhead</source>
        <translation>Бланкке арналған логотип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (%1)</source>
        <translation>Суреттер (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Жүйе баптауы бойынша</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none: the cohort reads the main server</source>
        <translation>жоқ: когорта негізгі серверден оқиды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address of a read-only replica of the centre&apos;s server, postgresql://user@host:5432/database. The cohort view reads it, to keep heavy queries off the main server.</source>
        <translation>Орталық серверінің тек оқуға арналған репликасының мекенжайы, postgresql://user@host:5432/database. Ауыр сұраулар негізгі серверге түспеуі үшін когорта көрінісі соны оқиды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name (written into the history of every change)</source>
        <translation>Сіздің атыңыз (әр өзгерістің тарихына жазылады)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre name (on letters)</source>
        <translation>Орталық атауы (хаттарда)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre address, phone and e-mail (on letters)</source>
        <translation>Орталықтың мекенжайы, телефоны және e-mail (хаттарда)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo (on letters)</source>
        <translation>Логотип (хаттарда)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting server (read-only replica)</source>
        <translation>Есеп сервері (тек оқуға арналған реплика)</translation>
    </message>
</context>
<context>
    <name>caravan::timeline::TimelineCharts</name>
    <message>
        <location filename="../ui/timeline/timelinecharts.cpp" line="+118"/>
        <source>Blasts and MRD (%): line = blood/marrow counts, dots = assessments (green MRD−, orange MRD+)</source>
        <translation>Бласттар және МОБ (%): сызық — қан/сүйек кемігі көрсеткіштері, нүктелер — бағалаулар (жасыл МОБ−, қызғылт сары МОБ+)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight (kg)</source>
        <translation>Салмақ (кг)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ANC (× 10⁹/L), dashed: engraftment threshold %1</source>
        <translation>Нейтрофилдер (абсолют саны, × 10⁹/л), үзік сызық: орнығу шегі %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platelets (× 10⁹/L), dashed: engraftment threshold %1</source>
        <translation>Тромбоциттер (× 10⁹/л), үзік сызық: орнығу шегі %1</translation>
    </message>
</context>
<context>
    <name>caravan::timeline::TimelineTab</name>
    <message>
        <location filename="../ui/timeline/timelinetab.cpp" line="+89"/>
        <source>Calendar dates</source>
        <translation>Күнтізбелік күндер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day relative to %1</source>
        <translation>Күндер (0-күн: %1)</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+5"/>
        <source>Export timeline image</source>
        <translation>Хронология суретін экспорттау</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG images (*.png)</source>
        <translation>PNG суреттері (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image could not be written to %1.</source>
        <translation>Суретті %1 ішіне жазу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit all</source>
        <translation>Барлығын көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole history (F or Home)</source>
        <translation>Бүкіл тарихты көрсету (F немесе Home)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export image…</source>
        <translation>Суретті экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time axis:</source>
        <translation>Уақыт осі:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+33"/>
        <source>The SQLite database file, or a server address (postgresql://user@host:5432/database), to open.</source>
        <translation>Ашылатын SQLite дерекқор файлы немесе сервер мекенжайы (postgresql://user@host:5432/database).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show this patient (record number).</source>
        <translation>Осы пациентті көрсету (ауру тарихының нөмірі).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this tab of the case record (0-6).</source>
        <translation>Жағдай картасының осы қойындысын көрсету (0-6).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the window as a PNG file and quit.</source>
        <translation>Терезені PNG файлына сақтап, шығу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the export preview of this document (summary, teleconsult, invitation).</source>
        <translation>Осы құжаттың экспорт алдын ала көрінісін ашу (summary, teleconsult, invitation).</translation>
    </message>
</context>
</TS>
