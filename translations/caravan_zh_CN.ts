<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminCommand</name>
    <message>
        <location filename="../core/commandline/admincommand.cpp" line="+26"/>
        <source>The person&apos;s role: staff, coordinator, doctor or administrator.</source>
        <translation>人员的角色：staff、coordinator、doctor 或 administrator。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first administrator&apos;s login name.</source>
        <translation>第一位管理员的登录名。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the new password as one line from standard input.</source>
        <translation>从标准输入读取一行作为新密码。</translation>
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
        <translation>  admin init-server URL [--admin NAME] 在服务器上创建架构和角色，以及第一位管理员
  admin add-user NAME --role ROLE      添加以 NAME 登录的人员（staff, coordinator, doctor,
                                       administrator）；--password-stdin 同时设置密码
  admin set-role NAME --role ROLE      更改人员的角色
  admin set-password NAME              设置新密码，从标准输入读取
  admin disable-user NAME              该人员将无法再登录；其修改历史仍保留
  admin users                          可以登录的人员及其角色
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;admin&quot; needs one of: %1.</source>
        <translation>“admin”需要以下之一：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;admin %1&quot; needs a name or an address.</source>
        <translation>“admin %1”需要一个名称或地址。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--role must be staff, coordinator, doctor or administrator.</source>
        <translation>--role 必须为 staff、coordinator、doctor 或 administrator。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No password on standard input.</source>
        <translation>标准输入中没有密码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People and roles live on a centre&apos;s PostgreSQL server: give its address (postgresql://user@host:5432/database).</source>
        <translation>人员和角色保存在中心的 PostgreSQL 服务器上：请提供其地址（postgresql://user@host:5432/database）。</translation>
    </message>
</context>
<context>
    <name>CaseAlert</name>
    <message>
        <location filename="../core/clinical/alerts.cpp" line="+19"/>
        <source>expires today (%1)</source>
        <translation>今天到期（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expires in %n day(s) (%1)</source>
        <translation>
            <numerusform>%n 天后到期（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expired %n day(s) ago (%1)</source>
        <translation>
            <numerusform>已过期 %n 天（%1）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Passport %1</source>
        <translation>护照：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visa %1</source>
        <translation>签证：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passport of %1 (%2) %3</source>
        <translation>%1（%2）的护照：%3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Follow-up overdue since %1 (last contact %2)</source>
        <translation>随访已逾期，应于 %1 进行（末次联系 %2）</translation>
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
        <translation>用法：caravan-cli [--database PATH] VERB [ARGUMENTS]
命令（VERB）：
  demo                               载入虚构的演示病例
  generate --patients N [--seed S]   用一个合成的中心数据填充数据库
  import-patients FILE.csv           导入患者（各列说明见 docs/CSV.md）
  import-json FILE.json...           导入与 show 输出格式相同的记录，以及
                                     {&quot;institutions&quot;: [...]}；要么全部导入，要么全不导入
  search TEXT                        按姓名（任意文字）、病案号、护照号
                                     或电话号码查找患者
  show PATIENT                       以 JSON 格式输出完整记录（id 或病案号）
  check                              逐页检查数据库文件
</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Caravan command-line companion</source>
        <translation>Caravan 命令行工具</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SQLite database file, or a server address: postgresql://user@host:5432/database.</source>
        <translation>SQLite 数据库文件，或服务器地址：postgresql://user@host:5432/database。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many patients to generate.</source>
        <translation>要生成的患者数量。</translation>
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
        <translation>生成器的随机种子。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most search results to show.</source>
        <translation>最多显示的搜索结果数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name written into the audit trail.</source>
        <translation>写入审计记录的姓名。</translation>
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
        <translation>患者（id 或病案号）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATIENT</source>
        <translation>PATIENT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document language(s), comma-separated.</source>
        <translation>文档语言，多个以逗号分隔。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L[,L2]</source>
        <translation>L[,L2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The centre&apos;s name on the letterhead.</source>
        <translation>信笺抬头上的中心名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International Patient Centre</source>
        <translation>国际患者服务中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The centre&apos;s address on the letterhead.</source>
        <translation>信笺抬头上的中心地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include passport and visa.</source>
        <translation>包含护照和签证信息。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown verb &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs an argument.</source>
        <translation>“%1”需要一个参数。</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>The demo cases are already in %1.</source>
        <translation>演示病例已存在于 %1 中。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--patients must be a positive whole number and --seed a non-negative one.</source>
        <translation>--patients 必须为正整数，--seed 必须为非负整数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generated %1 of %2 patients</source>
        <translation>已生成 %1/%2 名患者</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <location filename="../core/commandline/exportcommand.cpp" line="+126"/>
        <location line="+15"/>
        <location line="+39"/>
        <source>No patient has the record number or id &quot;%1&quot;.</source>
        <translation>没有病案号或 id 为“%1”的患者。</translation>
    </message>
</context>
<context>
    <name>Clinical</name>
    <message>
        <location filename="../core/clinical/clinicalfacts.cpp" line="+42"/>
        <source>Day 0</source>
        <translation>第0天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day %1</source>
        <translation>%1天</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <location filename="../core/commandline/copycommand.cpp" line="+18"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differing</source>
        <translation>不同行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIFFERENT</source>
        <translation>不同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first at %1</source>
        <translation>首个差异：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>copy-to: copy nothing, compare the two databases row by row.</source>
        <translation>copy-to：不复制任何内容，逐行比较两个数据库。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  copy-to TARGET [--from SOURCE]       copy a whole database (a file to a server, or a server to
                                       a new file) into an empty one, then compare every row;
                                       --verify-only compares without copying
</source>
        <translation>  copy-to TARGET [--from SOURCE]       将整个数据库（文件复制到服务器，或服务器复制到
                                       新文件）复制到一个空数据库中，然后逐行比较；
                                       --verify-only 只比较，不复制
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 already exists. Copy into a new file, so that nothing in an existing one is mixed or lost.</source>
        <translation>%1 已存在。请复制到新文件中，以免现有文件中的内容被混杂或丢失。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The source and the target are the same database.</source>
        <translation>源数据库和目标数据库是同一个数据库。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copied %1 of %2 rows</source>
        <translation>已复制 %1 / %2 行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Compared %1 of %2 rows</source>
        <translation>已比较 %1 / %2 行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not hold the same rows as %2: see the tables marked DIFFERENT.</source>
        <translation>%1 中的行与 %2 中的不一致：请查看标为“不同”的表。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows in %2 tables are the same in both databases (%3 s).</source>
        <translation>两个数据库中 %2 个表的 %1 行完全相同（%3 秒）。</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../core/domain/places.cpp" line="+12"/>
        <source>Pakistan</source>
        <translation>巴基斯坦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>哈萨克斯坦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyzstan</source>
        <translation>吉尔吉斯斯坦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>乌兹别克斯坦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajikistan</source>
        <translation>塔吉克斯坦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>土库曼斯坦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghanistan</source>
        <translation>阿富汗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>蒙古</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>俄罗斯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="+68"/>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>从第 %1 行开始的带引号字段没有闭合。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+139"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Caravan database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 不是 Caravan 数据库（不是 SQLite 文件）。文件未作任何改动。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+108"/>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>%1 is damaged or not a database (%2). It was left untouched.</source>
        <translation>%1 已损坏或不是数据库（%2）。文件未作任何改动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed its integrity check (%2). It was left untouched; restore it from a backup.</source>
        <translation>%1 未通过完整性检查（%2）。文件未作任何改动；请从备份恢复。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is a database of another program, not of Caravan. It was left untouched.</source>
        <translation>%1 是其他程序的数据库，不是 Caravan 数据库。文件未作任何改动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was made by a newer version of Caravan (schema %2; this program knows up to %3). Install the newer version to open it. The file was left untouched.</source>
        <translation>%1 由更新版本的 Caravan 创建（架构版本 %2；本程序最高支持 %3）。请安装新版本后再打开。文件未作任何改动。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 failed its integrity check before upgrading. It was left untouched; restore it from a backup.</source>
        <translation>%1 在升级前未通过完整性检查。文件未作任何改动；请从备份恢复。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not copy %1 to %2 before upgrading it: %3. Nothing was changed.</source>
        <translation>升级前无法将 %1 复制到 %2：%3。未作任何更改。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 cannot be created: %2</source>
        <translation>无法创建文件 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>setting up the database</source>
        <translation>初始化数据库</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The integrity check could not run: %1</source>
        <translation>无法运行完整性检查：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed its integrity check: %2</source>
        <translation>%1 未通过完整性检查：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Migration %1 is missing from the program.</source>
        <translation>程序中缺少迁移 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>upgrading the database to schema %1</source>
        <translation>将数据库升级到架构版本 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>recording schema %1</source>
        <translation>记录架构版本 %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The connection to the server %1 was lost while %2; nothing was saved. Caravan connects again by itself: try again in a moment.</source>
        <translation>与服务器 %1 的连接已断开（%2）；未保存任何内容。Caravan 会自动重新连接：请稍后再试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This connection only reads (a reporting server or a replica), so %1 is not possible here. Make changes on the centre&apos;s main server.</source>
        <translation>此连接只读（报表服务器或副本），因此这里无法进行%1。请在中心的主服务器上修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your role on the server does not allow this (%1). Ask the centre&apos;s administrator if you need it.</source>
        <translation>您在服务器上的角色不允许此操作（%1）。如有需要，请联系本中心的管理员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database failed while %1: %2</source>
        <translation>数据库在%1时出错：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>starting a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Internal error: commit without a transaction.</source>
        <translation>内部错误：在没有事务的情况下提交。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../core/storage/patientsearch.cpp" line="+53"/>
        <location line="+31"/>
        <source>updating the search index</source>
        <translation>更新搜索索引</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresconnection.cpp" line="+92"/>
        <source>Only a server connection can be made again.</source>
        <translation>只有服务器连接可以重新建立。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection cannot be made again in the middle of saving.</source>
        <translation>保存过程中无法重新连接。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not a server address. Write it as postgresql://user@host:5432/database.</source>
        <translation>“%1”不是服务器地址。请写成 postgresql://user@host:5432/database。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server address has an option Caravan does not know: %1. Known: %2.</source>
        <translation>服务器地址中有 Caravan 不认识的选项：%1。已知选项：%2。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This installation cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is missing (install libqt6sql6-psql).</source>
        <translation>此安装无法连接 PostgreSQL 服务器：缺少 Qt 的 PostgreSQL 驱动（请安装 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server %1 asks for %2&apos;s password.</source>
        <translation>服务器 %1 要求提供 %2 的密码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>setting up the connection</source>
        <translation>设置连接</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The database at %1 was made by a newer Caravan (schema %2; this program knows up to %3). Nothing was changed. Install the newer Caravan to open it.</source>
        <translation>%1 处的数据库由较新版本的 Caravan 创建（架构 %2；本程序最高支持 %3）。未做任何更改。请安装较新版本的 Caravan 以打开它。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reporting server %1 holds schema %2; this program needs schema %3. Open the centre&apos;s main server once to bring it up to date (a replica follows it).</source>
        <translation>报表服务器 %1 的数据库结构为版本 %2；本程序需要版本 %3。请先打开一次中心的主服务器进行更新（副本会随之更新）。</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="+77"/>
        <location line="+23"/>
        <source>reading %1</source>
        <translation>读取表 %1</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The server connection cannot be reached for copying.</source>
        <translation>无法使用服务器连接进行复制。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused to take %1: %2</source>
        <translation>服务器拒绝接收 %1：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sending %1 to the server failed: %2</source>
        <translation>向服务器发送 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server refused the rows of %1: %2</source>
        <translation>服务器拒绝了 %1 的数据行：%2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 is not a Caravan database of this version (it has no table %2).</source>
        <translation>%1 不是此版本的 Caravan 数据库（缺少表 %2）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not empty (%2 holds %3 rows). Copy only into a new, empty database; nothing was written.</source>
        <translation>%1 不是空的（表 %2 中有 %3 行）。只能复制到新的空数据库中；未写入任何内容。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>两个数据库的架构版本不同（%1 和 %2）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copying into %1 needs the owner of the server&apos;s database (the login that ran caravan-cli admin init-server, or the database&apos;s owner). Nothing was written.</source>
        <translation>复制到 %1 需要服务器上该数据库的所有者（运行过 caravan-cli admin init-server 的登录名，或该数据库的所有者）。未写入任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>preparing the copy</source>
        <translation>准备复制</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>copying %1</source>
        <translation>复制表 %1</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>The copy was cancelled; nothing was kept in %1.</source>
        <translation>复制已取消；%1 中未保留任何内容。</translation>
    </message>
    <message>
        <location line="+375"/>
        <location line="+10"/>
        <location line="+11"/>
        <source>finishing the copy</source>
        <translation>完成复制</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The comparison was cancelled.</source>
        <translation>比较已取消。</translation>
    </message>
</context>
<context>
    <name>DemoCases</name>
    <message>
        <location filename="../core/sample/democases.cpp" line="+46"/>
        <source>The demo cases are missing from this build of Caravan.</source>
        <translation>此版本的 Caravan 缺少演示病例。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo cases are already loaded: record number %1 is in use.</source>
        <translation>演示病例已载入：病案号 %1 已被使用。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The demo documents hold the patients %1 instead of %2.</source>
        <translation>演示文档中的患者是 %1，而不是 %2。</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../core/report/document.cpp" line="+19"/>
        <location filename="../core/report/referralsummary.cpp" line="+95"/>
        <source>Referral summary</source>
        <translation>转诊病历摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/report/teleconsultation.cpp" line="+95"/>
        <source>Tele-consultation record</source>
        <translation>远程会诊记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/report/visainvitation.cpp" line="+107"/>
        <source>Medical visa invitation letter</source>
        <translation>医疗签证邀请函</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A document is made in one language or two, not %1.</source>
        <translation>文档只能使用一种或两种语言，不能使用 %1 种。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown document language &quot;%1&quot;; use one or two of %2.</source>
        <translation>未知的文档语言“%1”；请使用 %2 中的一种或两种。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language &quot;%1&quot; is given twice.</source>
        <translation>语言“%1”重复指定。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Making a document needs the fonts of a QGuiApplication; this program runs without one.</source>
        <translation>生成文档需要 QGuiApplication 提供的字体；本程序运行时没有 QGuiApplication。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logo %1 cannot be read as an image; choose another file in Settings or leave it empty.</source>
        <translation>无法将徽标 %1 读取为图像；请在设置中选择其他文件，或将其留空。</translation>
    </message>
    <message>
        <location filename="../core/report/documentpages.cpp" line="+36"/>
        <source>Made on %1</source>
        <translation>生成日期：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential medical information: for the physicians treating this patient only.</source>
        <translation>医疗保密信息：仅供该患者的诊治医师阅读。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential: for the consular officer and the persons named in this letter only.</source>
        <translation>保密：仅供领事官员及本函所列人员阅读。</translation>
    </message>
    <message>
        <location line="+147"/>
        <location line="+4"/>
        <location line="+32"/>
        <source>The pages could not be drawn on this device.</source>
        <translation>无法在此设备上绘制页面。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: it is a folder.</source>
        <translation>无法写入 %1：这是一个文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/report/documentbuilder.cpp" line="+37"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../core/report/patientidentity.cpp" line="+16"/>
        <location filename="../core/report/visainvitation.cpp" line="+37"/>
        <source>Name (passport)</source>
        <translation>姓名（护照）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (native script)</source>
        <translation>姓名（本国文字）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record number</source>
        <translation>病案号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/report/visainvitation.cpp" line="+1"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../core/report/referralsummary.cpp" line="+2"/>
        <location filename="../core/report/teleconsultation.cpp" line="+2"/>
        <location filename="../core/report/visainvitation.cpp" line="-23"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../core/report/visainvitation.cpp" line="+44"/>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location line="+172"/>
        <location line="+1"/>
        <location filename="../core/report/visainvitation.cpp" line="+12"/>
        <source>Coordinator</source>
        <translation>协调员</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../core/editing/editor.cpp" line="+32"/>
        <source>Delete patient %1</source>
        <translation>删除患者 %1</translation>
    </message>
    <message>
        <location filename="../core/editing/editor.h" line="+99"/>
        <source>This cannot be undone or redone: the %1 was deleted by someone else.</source>
        <translation>无法撤销或重做：该%1已被其他人删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cannot be undone or redone: %1 changed the %2 after you did.</source>
        <translation>无法撤销或重做：%1 在您之后修改了该%2。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This %1 was deleted by someone else; it cannot be changed.</source>
        <translation>该%1已被其他人删除，无法修改。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../core/commandline/exportcommand.cpp" line="-118"/>
        <source>Export for every patient (batch; -o names a folder).</source>
        <translation>为所有患者导出（批量；-o 指定文件夹）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An image for the letterhead.</source>
        <translation>信笺抬头使用的图片。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tele-consultation record: which consultation (id); default: the latest.</source>
        <translation>远程会诊记录：指定哪一次会诊（id）；默认为最近一次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation letter: the intended treatment.</source>
        <translation>邀请函：拟行治疗。</translation>
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
        <translation>邀请函：停留的第一天（YYYY-MM-DD）。copy-to：要复制的数据库（默认：--database）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VALUE</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invitation letter: last day of the stay.</source>
        <translation>邀请函：停留的最后一天。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation letter: name and title under the signature line.</source>
        <translation>邀请函：签名线下方的姓名和职务。</translation>
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
                                     生成一种或两种语言的 PDF 文档
                                     （en, ur, kk, ru, zh_CN），内容以 JSON 形式附在文件中；
                                     [--centre NAME] [--address TEXT] [--logo FILE]
                                     summary: [--passport]; teleconsult: [--visit ID];
                                     invitation: [--from DATE --to DATE] [--treatment TEXT]
                                     [--signatory TEXT]
  export KIND --patient A,B,C | --all --lang L -o FOLDER
                                     一次处理多名患者，每人一个文件，并显示进度行
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;export&quot; makes one of: summary, teleconsult, invitation.</source>
        <translation>“export” 可生成以下文档之一：summary、teleconsult、invitation。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+38"/>
        <source>&quot;export %1&quot; needs --patient (or --all) and -o FILE.pdf.</source>
        <translation>“export %1” 需要 --patient（或 --all）和 -o FILE.pdf。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>--%1 &quot;%2&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>--%1 “%2” 不是日期；请按 YYYY-MM-DD 格式填写。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>For many patients, -o names a folder; %1 is a file.</source>
        <translation>导出多名患者时，-o 应指定文件夹；%1 是一个文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exported %1 of %2 (%3 failed) · %4 · %5 s</source>
        <translation>已导出 %1/%2（%3 个失败）· %4 · %5 秒</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../core/domain/patient.h" line="+35"/>
        <source>Travels with the patient</source>
        <translation>随患者同行</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Arrival</source>
        <translation>抵达</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+82"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+140"/>
        <source>At this centre</source>
        <translation>在本中心</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-35"/>
        <source>Basis of diagnosis</source>
        <translation>诊断依据</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+3"/>
        <source>Best response</source>
        <translation>最佳疗效</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-82"/>
        <location line="+58"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+37"/>
        <source>Blasts (%)</source>
        <translation>原始细胞（%）</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+15"/>
        <source>Apheresis</source>
        <translation>单采</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cell dose</source>
        <translation>细胞剂量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest CRS grade</source>
        <translation>CRS 最高分级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest ICANS grade</source>
        <translation>ICANS 最高分级</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Infusion (day 0)</source>
        <translation>回输（第0天）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Lymphodepletion ended</source>
        <translation>清淋结束</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Lymphodepletion regimen</source>
        <translation>清淋方案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lymphodepletion started</source>
        <translation>清淋开始</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Product or trial</source>
        <translation>产品或临床试验</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Steroids given</source>
        <translation>使用激素</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Target antigen</source>
        <translation>靶抗原</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tocilizumab given</source>
        <translation>使用托珠单抗</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+23"/>
        <source>Case status</source>
        <translation>病例状态</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-17"/>
        <source>Body surface area used (m²)</source>
        <translation>采用的体表面积（m²）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cycle length (days)</source>
        <translation>周期长度（天）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycles</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drugs and doses</source>
        <translation>药物及剂量</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cycles given</source>
        <translation>已完成周期数</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cycles planned</source>
        <translation>计划周期数</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Regimen</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+39"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-9"/>
        <source>Companions and next of kin</source>
        <translation>陪同人员及近亲属</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+2"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+8"/>
        <source>Coordinator</source>
        <translation>协调员</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="-3"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-4"/>
        <source>Treatment assessed</source>
        <translation>所评估的治疗</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+3"/>
        <source>Departure</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-34"/>
        <source>Date of diagnosis</source>
        <translation>诊断日期</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-16"/>
        <source>Diagnosis treated</source>
        <translation>所治疗的诊断</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Dose given (mg)</source>
        <translation>实际给药剂量（mg）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Dose per unit</source>
        <translation>单位剂量</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Drug</source>
        <translation>药物</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+64"/>
        <source>Duration (minutes)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+5"/>
        <location filename="../core/domain/patient.h" line="-13"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+100"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-15"/>
        <source>Family name (passport)</source>
        <translation>姓（护照）</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+9"/>
        <source>Findings reviewed</source>
        <translation>已审阅的检查结果</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+3"/>
        <source>Given name (passport)</source>
        <translation>名（护照）</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+50"/>
        <source>Acute GVHD, highest grade</source>
        <translation>急性 GVHD 最高分级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronic GVHD</source>
        <translation>慢性 GVHD</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Conditioning intensity</source>
        <translation>预处理强度</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Conditioning regimen</source>
        <translation>预处理方案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conditioning started</source>
        <translation>预处理开始</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Donor ABO</source>
        <translation>供者 ABO 血型</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Donor registry</source>
        <translation>供者库</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Donor</source>
        <translation>供者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Donor sex</source>
        <translation>供者性别</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>HLA match</source>
        <translation>HLA 配型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stem-cell infusion (day 0)</source>
        <translation>干细胞回输（第0天）</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Transplant</source>
        <translation>移植类型</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Dose basis</source>
        <translation>剂量计算依据</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Neutrophil engraftment</source>
        <translation>中性粒细胞植入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platelet engraftment</source>
        <translation>血小板植入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left the protected unit</source>
        <translation>出层流病房</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Recipient ABO</source>
        <translation>受者 ABO 血型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stem-cell source</source>
        <translation>干细胞来源</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-4"/>
        <source>ICD-10 code</source>
        <translation>ICD-10 编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICD-O-3 morphology</source>
        <translation>ICD-O-3 形态学编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICD-O-3 topography</source>
        <translation>ICD-O-3 部位编码</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+35"/>
        <location filename="../core/domain/treatmentcourse.h" line="-39"/>
        <location filename="../core/domain/visit.h" line="-45"/>
        <location line="+39"/>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-6"/>
        <source>Intent</source>
        <translation>治疗目的</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+3"/>
        <source>Interpreter</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter&apos;s language</source>
        <translation>翻译语言</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+14"/>
        <source>Needs an interpreter</source>
        <translation>需要翻译</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+27"/>
        <location filename="../core/domain/institution.h" line="-6"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marker</source>
        <translation>标志物</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Laterality</source>
        <translation>侧别</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="-6"/>
        <source>Our time zone</source>
        <translation>本方时区</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+3"/>
        <source>Messenger</source>
        <translation>即时通讯</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+35"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="-2"/>
        <location filename="../core/domain/patient.h" line="-76"/>
        <location filename="../core/domain/treatmentcourse.h" line="-1"/>
        <location filename="../core/domain/visit.h" line="-39"/>
        <source>Name</source>
        <translation>名称/姓名</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+1"/>
        <source>Name (passport)</source>
        <translation>姓名（护照）</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+1"/>
        <source>Local name</source>
        <translation>当地名称</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+63"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Next of kin</source>
        <translation>近亲属</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-32"/>
        <location line="+35"/>
        <location filename="../core/domain/patient.h" line="+85"/>
        <location filename="../core/domain/treatmentcourse.h" line="+10"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-120"/>
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+43"/>
        <source>Participants</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-82"/>
        <location line="+60"/>
        <source>Passport issued by</source>
        <translation>护照签发国</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Passport expires</source>
        <translation>护照有效期至</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+60"/>
        <source>Passport number</source>
        <translation>护照号码</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-47"/>
        <location line="+38"/>
        <location line="+32"/>
        <location filename="../core/domain/treatmentcourse.h" line="+106"/>
        <location filename="../core/domain/visit.h" line="-8"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+6"/>
        <location filename="../core/domain/patient.h" line="-57"/>
        <location line="+65"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-2"/>
        <source>Preferred language</source>
        <translation>首选语言</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+11"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-15"/>
        <source>Record number</source>
        <translation>病案号</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Referring doctor</source>
        <translation>转诊医生</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Referring institution</source>
        <translation>转诊机构</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="-9"/>
        <source>Partner&apos;s time zone</source>
        <translation>对方时区</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+63"/>
        <source>Country of residence</source>
        <translation>居住国</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-28"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="-39"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-3"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+2"/>
        <source>Side</source>
        <translation>所属方</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+17"/>
        <source>Sponsor</source>
        <translation>资助方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsor&apos;s reference</source>
        <translation>资助方参考号</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Payer</source>
        <translation>付费方</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-34"/>
        <source>Stage or risk group</source>
        <translation>分期或危险分层</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Staging system</source>
        <translation>分期系统</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-105"/>
        <location line="+113"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+34"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for stopping</source>
        <translation>停止原因</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+11"/>
        <source>Summary</source>
        <translation>小结</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+64"/>
        <source>Taken at</source>
        <translation>测量时间</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="-2"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-4"/>
        <location filename="../core/domain/visit.h" line="-12"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+3"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-7"/>
        <source>Visa expires</source>
        <translation>签证有效期至</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Visa number</source>
        <translation>签证号码</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Visa type</source>
        <translation>签证类型</translation>
    </message>
</context>
<context>
    <name>FieldCodec</name>
    <message>
        <location filename="../core/domain/fieldcodec.cpp" line="+23"/>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a date (write it as YYYY-MM-DD)</source>
        <translation>“%1”不是日期（请按 YYYY-MM-DD 格式填写）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a date and time (write it as YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>“%1”不是日期时间（请按 YYYY-MM-DDTHH:MM:SSZ 格式填写）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>“%1”不是“是”或“否”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is out of range</source>
        <translation>%1 超出范围</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldcodec.h" line="+117"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不在以下取值中：%2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知字段“%1”</translation>
    </message>
</context>
<context>
    <name>FieldEditors</name>
    <message>
        <location filename="../ui/editors/fieldeditors.cpp" line="+92"/>
        <source>e.g. PK</source>
        <translation>例如 PK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-letter ISO country code: PK, KZ, KG, CN, RU, ...</source>
        <translation>两位字母的 ISO 国家代码：PK、KZ、KG、CN、RU……</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Record #%1</source>
        <translation>记录 #%1</translation>
    </message>
</context>
<context>
    <name>Icd10Catalogue</name>
    <message>
        <location filename="../ui/editors/icd10catalogue.cpp" line="+151"/>
        <source>Code or words of the diagnosis, e.g. C91.0 or &quot;acute lymph&quot;</source>
        <translation>诊断编码或文字，例如 C91.0 或“acute lymph”</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../core/domain/places.cpp" line="+12"/>
        <source>Urdu</source>
        <translation>乌尔都语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>哈萨克语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyz</source>
        <translation>吉尔吉斯语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbek</source>
        <translation>乌兹别克语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajik</source>
        <translation>塔吉克语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>普什图语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>汉语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolian</source>
        <translation>蒙古语</translation>
    </message>
</context>
<context>
    <name>MeasurementChart</name>
    <message>
        <location filename="../core/painting/measurementchartpainter.cpp" line="+20"/>
        <source>Blasts (%)</source>
        <translation>原始细胞（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ANC and platelets (× 10⁹/L)</source>
        <translation>ANC 和血小板（× 10⁹/L）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ANC</source>
        <translation>ANC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelets</source>
        <translation>血小板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight (kg)</source>
        <translation>体重（kg）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ANC and platelets around day 0 (× 10⁹/L)</source>
        <translation>第 0 天前后的 ANC 和血小板（× 10⁹/L）</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <location filename="../ui/connection/passwordkeychain.cpp" line="+30"/>
        <source>the keychain did not answer</source>
        <translation>钥匙串没有响应</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The password could not be kept in the system keychain (%1); you will be asked for it next time.</source>
        <translation>无法将密码保存到系统钥匙串中（%1）；下次将再次向您询问。</translation>
    </message>
</context>
<context>
    <name>PatientCsvImport</name>
    <message>
        <location filename="../core/interop/patientcsvimport.cpp" line="+21"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown column &quot;%1&quot; in the header. Known columns: %2</source>
        <translation>表头中有未知列“%1”。已知列：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The header has no record_number column.</source>
        <translation>表头中没有 record_number 列。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The row has %1 fields but the header has %2.</source>
        <translation>该行有 %1 个字段，但表头有 %2 个。</translation>
    </message>
</context>
<context>
    <name>PdfDocumentInfo</name>
    <message>
        <location filename="../core/report/pdfdocumentinfo.cpp" line="+435"/>
        <source>“%1” is not a language tag such as en, ur-PK or zh-CN.</source>
        <translation>“%1” 不是语言标记（例如 en、ur-PK 或 zh-CN）。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1 is not a PDF file.</source>
        <translation>%1 不是 PDF 文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stores its cross-reference table as a compressed stream; its document information cannot be updated.</source>
        <translation>%1 以压缩流的形式存储交叉引用表，无法更新其文档信息。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is encrypted; its document information cannot be updated.</source>
        <translation>%1 已加密，无法更新其文档信息。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be updated: its cross-reference table is missing or damaged.</source>
        <translation>无法更新 %1：交叉引用表缺失或已损坏。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be updated: its document catalog is missing or damaged.</source>
        <translation>无法更新 %1：文档目录缺失或已损坏。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <translation>此类记录不能在这里删除。</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../ui/editors/recordform.cpp" line="+37"/>
        <source>Chemotherapy</source>
        <translation>化疗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAR-T cell therapy</source>
        <translation>CAR-T 细胞治疗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stem-cell transplant</source>
        <translation>造血干细胞移植</translation>
    </message>
</context>
<context>
    <name>RecordJsonImport</name>
    <message>
        <location filename="../core/interop/recordjsonimport.cpp" line="+86"/>
        <source>%1 #%2: expected a JSON object</source>
        <translation>%1 #%2：应为 JSON 对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 #%2: unknown field &quot;%3&quot;</source>
        <translation>%1 #%2：未知字段“%3”</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+4"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+252"/>
        <source>%1 is larger than %2 MB; it is not imported.</source>
        <translation>%1 大于 %2 MB，未导入。</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>%1, line %2: this is not valid JSON (%3).</source>
        <translation>%1，第 %2 行：不是有效的 JSON（%3）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected a JSON object with a &quot;patient&quot; record (as caravan-cli show prints it) or a list of &quot;institutions&quot;.</source>
        <translation>%1：应为包含“patient”记录（格式与 caravan-cli show 的输出相同）或“institutions”列表的 JSON 对象。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unknown field &quot;%2&quot; (a document may have: %3).</source>
        <translation>%1：未知字段“%2”（文档中可包含：%3）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; without the &quot;patient&quot; they belong to.</source>
        <translation>%1：有“%2”，但缺少其所属的“patient”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a list (a JSON array)</source>
        <translation>应为列表（JSON 数组）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>patient %1</source>
        <translation>患者 %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2 is not the id of this record&apos;s patient (%3)</source>
        <translation>%1：%2 不是此记录所属患者的 id（%3）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: refers to institution %2, which is not among the imported institutions</source>
        <translation>%1：引用了机构 %2，但它不在导入的机构之中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refers to diagnosis %2, which is not among this record&apos;s diagnoses</source>
        <translation>%1：引用了诊断 %2，但它不在此记录的诊断之中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refers to treatment course %2, which is not among this record&apos;s treatment courses (or comes after this record)</source>
        <translation>%1：引用了疗程 %2，但它不在此记录的疗程之中（或位于此记录之后）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: references to %2 records cannot be imported</source>
        <translation>%1：无法导入对 %2 记录的引用</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; must be a list (a JSON array)</source>
        <translation>“%1”必须是列表（JSON 数组）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>id %1 is used twice</source>
        <translation>id %1 被使用了两次</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <location filename="../core/domain/patient.h" line="-52"/>
        <source>patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="-25"/>
        <source>institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner institutions</source>
        <translation>合作机构</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-96"/>
        <source>diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-35"/>
        <source>treatment course</source>
        <translation>疗程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatments</source>
        <translation>治疗</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+1"/>
        <source>Diagnoses</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>assessment</source>
        <translation>疗效评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessments</source>
        <translation>疗效评估</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>measurement</source>
        <translation>检测指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurements</source>
        <translation>检测指标</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="-25"/>
        <source>visit</source>
        <translation>就诊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>就诊</translation>
    </message>
</context>
<context>
    <name>ReferralSummary</name>
    <message>
        <location filename="../core/report/referralsummary.cpp" line="-275"/>
        <location line="+75"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+78"/>
        <source>Visa</source>
        <translation>签证</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+84"/>
        <source>Referral</source>
        <translation>转诊</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+84"/>
        <source>Referring institution</source>
        <translation>转诊机构</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>Referring doctor</source>
        <translation>转诊医生</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+86"/>
        <source>Diagnoses</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+96"/>
        <source>ICD-10</source>
        <translation>ICD-10</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+96"/>
        <source>Diagnosed</source>
        <translation>确诊日期</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+95"/>
        <source>Stage</source>
        <translation>分期</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+98"/>
        <source>Treatment history</source>
        <translation>既往治疗</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+124"/>
        <location line="+135"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-258"/>
        <location line="+123"/>
        <source>Treatment</source>
        <translation>治疗</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+123"/>
        <source>Where</source>
        <translation>治疗地点</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+122"/>
        <source>Dates</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Cycles</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Best response</source>
        <translation>最佳疗效</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>this centre</source>
        <translation>本中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Key events</source>
        <translation>关键事件</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+132"/>
        <location line="+119"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+131"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+131"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+130"/>
        <source>Blasts %</source>
        <translation>原始细胞 %</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+148"/>
        <source>CAR-T therapy</source>
        <translation>CAR-T 细胞治疗</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+153"/>
        <source>Target</source>
        <translation>靶抗原</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+153"/>
        <source>Product</source>
        <translation>细胞产品</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+154"/>
        <location line="+40"/>
        <source>Infusion (day 0)</source>
        <translation>回输（第0天）</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+154"/>
        <source>CRS grade</source>
        <translation>CRS 分级</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+154"/>
        <source>ICANS grade</source>
        <translation>ICANS 分级</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+160"/>
        <source>Stem cell transplant</source>
        <translation>造血干细胞移植</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+185"/>
        <source>Donor</source>
        <translation>供者</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>HLA match</source>
        <translation>HLA 配型</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Stem cell source</source>
        <translation>干细胞来源</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+186"/>
        <source>Conditioning</source>
        <translation>预处理</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+187"/>
        <source>Neutrophil engraftment</source>
        <translation>中性粒细胞植入</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+189"/>
        <source>Platelet engraftment</source>
        <translation>血小板植入</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+191"/>
        <source>Acute GVHD grade</source>
        <translation>急性 GVHD 分级</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+191"/>
        <source>Chronic GVHD</source>
        <translation>慢性 GVHD</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+198"/>
        <source>Current status</source>
        <translation>目前状况</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+209"/>
        <source>Case status</source>
        <translation>病例状态</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+209"/>
        <source>Arrival</source>
        <translation>抵达</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+209"/>
        <source>Departure</source>
        <translation>离开</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+215"/>
        <source>Recent visits</source>
        <translation>近期就诊</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+228"/>
        <source>Summary</source>
        <translation>小结</translation>
    </message>
    <message>
        <location line="-227"/>
        <location line="+115"/>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+120"/>
        <source>Measurements</source>
        <translation>检测指标</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+205"/>
        <source>Planned and ongoing treatment</source>
        <translation>计划中和进行中的治疗</translation>
    </message>
    <message>
        <location line="-204"/>
        <location line="+206"/>
        <source>Next appointment</source>
        <translation>下次就诊</translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <location filename="../core/storage/serveraccounts.cpp" line="+62"/>
        <source>staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coordinator</source>
        <translation>协调员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+110"/>
        <source>People and roles live on a centre&apos;s PostgreSQL server; this database is a file on one desk.</source>
        <translation>人员和角色保存在中心的 PostgreSQL 服务器上；而此数据库只是一台电脑上的文件。</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>&quot;%1&quot; cannot be a login name: use lower-case Latin letters, digits, &quot;.&quot;, &quot;-&quot; or &quot;_&quot;, starting with a letter (for example aigul.bekova).</source>
        <translation>“%1”不能用作登录名：请使用小写拉丁字母、数字、“.”、“-”或“_”，并以字母开头（例如 aigul.bekova）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is reserved for the server itself.</source>
        <translation>“%1”为服务器自身保留。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server connection is not open.</source>
        <translation>与服务器的连接未打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password could not be prepared for the server: %1</source>
        <translation>无法为服务器准备密码：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server did not answer while %1.</source>
        <translation>服务器在%1时没有响应。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>looking up %1</source>
        <translation>查找 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a login called %1 on this server.</source>
        <translation>此服务器上已存在登录名 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>adding %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A password needs at least 10 characters.</source>
        <translation>密码至少需要 10 个字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>setting the password of %1</source>
        <translation>设置 %1 的密码</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>changing the role of %1</source>
        <translation>更改 %1 的角色</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>disabling %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>listing the people of the centre</source>
        <translation>列出本中心的人员</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <location filename="../ui/connection/serverlogin.cpp" line="+46"/>
        <source>Server password</source>
        <translation>服务器密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected: no password was given for %1.</source>
        <translation>未连接：没有提供 %1 的密码。</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <location filename="../core/storage/store.cpp" line="+110"/>
        <source>The record was not saved: %n rule(s) not met.</source>
        <translation>
            <numerusform>记录未保存：有 %n 条规则未满足。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading the patient</source>
        <translation>读取患者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no patient with id %1.</source>
        <translation>不存在 id 为 %1 的患者。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The record number %1 is already used by another patient.</source>
        <translation>病案号 %1 已被其他患者使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already used by another patient.</source>
        <translation>已被其他患者使用。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>putting a record back</source>
        <translation>恢复记录</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>saving a new %1</source>
        <translation>保存新的 %1 记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database did not return the new record&apos;s id.</source>
        <translation>数据库未返回新记录的 id。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>saving the %1</source>
        <translation>保存 %1 记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This record was changed by someone else after you opened it. Reopen it and try again.</source>
        <translation>您打开此记录后，其他人修改了它。请重新打开后再试。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This record is still referred to by other records (for example a diagnosis by its treatment courses). Delete or relink those first.</source>
        <translation>此记录仍被其他记录引用（例如诊断被其疗程引用）。请先删除这些记录或改为关联其他记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleting</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading a %1</source>
        <translation>读取 %1 记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no %1 with id %2.</source>
        <translation>不存在 id 为 %2 的 %1 记录。</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+18"/>
        <source>writing the audit trail</source>
        <translation>写入审计记录</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../core/storage/store.h" line="+142"/>
        <source>A stored %1 record (id %2) cannot be read: %3</source>
        <translation>无法读取已存储的 %1 记录（id %2）：%3</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Record %1 of %2: %3</source>
        <translation>第 %1/%2 条记录：%3</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This %1 was deleted by someone else; it cannot be changed.</source>
        <translation>该%1已被其他人删除，无法修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This %1 was changed by %2 after you opened it. Reopen it to see the change, then make yours again.</source>
        <translation>在您打开之后，%2 修改了该%1。请重新打开以查看更改，然后再次进行您的修改。</translation>
    </message>
</context>
<context>
    <name>SyntheticCentre</name>
    <message>
        <location filename="../core/synthetic/syntheticcentre.cpp" line="+148"/>
        <source>Synthetic institution %1: %2</source>
        <translation>模拟机构 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/synthetic/syntheticgenerator.h" line="+242"/>
        <source>Synthetic patient %1, %2 record: %3</source>
        <translation>模拟患者 %1，%2 记录：%3</translation>
    </message>
    <message>
        <location filename="../core/synthetic/syntheticrecords.cpp" line="+99"/>
        <source>Synthetic patient %1, measurements: %2</source>
        <translation>模拟患者 %1，检测指标：%2</translation>
    </message>
</context>
<context>
    <name>TeleConsultationRecord</name>
    <message>
        <location filename="../core/report/teleconsultation.cpp" line="-76"/>
        <location line="+79"/>
        <source>Consultation</source>
        <translation>会诊</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+83"/>
        <source>Time at this centre</source>
        <translation>本中心时间</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+84"/>
        <source>Time at the partner</source>
        <translation>对方时间</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+86"/>
        <source>Partner institution</source>
        <translation>合作机构</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+86"/>
        <source>Interpreter</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+87"/>
        <source>Participants</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+97"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Side</source>
        <translation>所属方</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+101"/>
        <source>Question</source>
        <translation>会诊问题</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+101"/>
        <source>Findings reviewed</source>
        <translation>已审阅的检查结果</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+101"/>
        <source>Opinion</source>
        <translation>会诊意见</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+101"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This patient has no tele-consultation recorded.</source>
        <translation>该患者没有远程会诊记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This patient has no tele-consultation with the number %1.</source>
        <translation>该患者没有编号为 %1 的远程会诊。</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../core/timeline/timelinemodel.cpp" line="+114"/>
        <source>Diagnosis and status</source>
        <translation>诊断与病情状态</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Diagnosis %1</source>
        <translation>诊断 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnosis: %1 %2
Diagnosed on %3
Stage: %4</source>
        <translation>诊断：%1 %2
诊断日期：%3
分期：%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active disease</source>
        <translation>疾病活动期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active disease from %1 (diagnosis)</source>
        <translation>疾病活动期，自 %1 起（诊断）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 on %2
%3</source>
        <translation>%1（%2）
%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remission</source>
        <translation>缓解</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relapse</source>
        <translation>复发</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remission from %1 (%2)</source>
        <translation>缓解，自 %1 起（%2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relapse from %1 (%2)</source>
        <translation>复发，自 %1 起（%2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Treatments</source>
        <translation>治疗</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2
%3 – %4
Status: %5; intent: %6; best response: %7
%8</source>
        <translation>%1：%2
%3 – %4
状态：%5；治疗目的：%6；最佳疗效：%7
%8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At this centre</source>
        <translation>在本中心</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Elsewhere / abroad</source>
        <translation>外院 / 境外</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cycle %1</source>
        <translation>第 %1 周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, cycle %2
%3 – %4</source>
        <translation>%1，第 %2 周期
%3 – %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apheresis</source>
        <translation>单采</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apheresis on %1</source>
        <translation>单采：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lymphodepletion</source>
        <translation>清淋</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lymphodepletion %1 – %2
%3</source>
        <translation>清淋 %1 – %2
%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CAR-T infusion (Day 0)</source>
        <translation>CAR-T 回输（第0天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAR-T infusion on %1 (Day 0)
%2 %3
Cell dose: %4</source>
        <translation>CAR-T 回输：%1（第0天）
%2 %3
细胞剂量：%4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conditioning</source>
        <translation>预处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conditioning from %1
%2 (%3)</source>
        <translation>预处理，自 %1 起
%2（%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transplant (Day 0)</source>
        <translation>移植（第0天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stem-cell infusion on %1 (Day 0)
%2, %3, HLA %4</source>
        <translation>干细胞回输：%1（第0天）
%2，%3，HLA %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ANC engrafted</source>
        <translation>中性粒细胞植入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrophil engraftment on %1 (%2): ANC ≥ %3 × 10⁹/L</source>
        <translation>中性粒细胞植入：%1（%2）：ANC ≥ %3 × 10⁹/L</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PLT engrafted</source>
        <translation>血小板植入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelet engraftment on %1 (%2): platelets ≥ %3 × 10⁹/L</source>
        <translation>血小板植入：%1（%2）：血小板 ≥ %3 × 10⁹/L</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit discharge</source>
        <translation>出层流病房</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharged from the protected unit on %1 (%2)</source>
        <translation>%1 出层流病房（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Assessments</source>
        <translation>疗效评估</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assessment on %1: %2
Method: %3</source>
        <translation>疗效评估 %1：%2
方法：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blasts: %1%</source>
        <translation>原始细胞：%1%</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Visits and tele-consultations</source>
        <translation>就诊与远程会诊</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on %2 (%3 min)</source>
        <translation>%1：%2（%3 分钟）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stay at the centre</source>
        <translation>在本中心期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived %1, departed %2</source>
        <translation>到达 %1，离开 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay abroad</source>
        <translation>来华停留期间</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../core/painting/timelinepainter.cpp" line="+331"/>
        <source>Nothing with a date has been recorded for this patient yet.</source>
        <translation>该患者尚未记录任何带日期的信息。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/domain/validation.cpp" line="+29"/>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is before 1900; check the year.</source>
        <translation>%1早于1900年，请检查年份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in the future.</source>
        <translation>%1是将来的日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is before the patient&apos;s birth (%2).</source>
        <translation>%1早于患者出生日期（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is before %2 (%3).</source>
        <translation>%1早于%2（%3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1必须在 %2 至 %3 之间（当前为 %4）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be a grade from 0 (none) to 4 (got %2).</source>
        <translation>%1必须为 0（无）至 4 级（当前为 %2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a two-letter country code such as PK, KZ or CN.</source>
        <translation>“%1”不是两位字母的国家代码（如 PK、KZ 或 CN）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a known time zone (use names like Asia/Karachi).</source>
        <translation>“%1”不是已知时区（请使用 Asia/Karachi 这样的名称）。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The hospital record number</source>
        <translation>医院病案号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the patient&apos;s name in the native script or as in the passport.</source>
        <translation>请输入患者的本国文字姓名或护照姓名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date %1 is in the future.</source>
        <translation>出生日期 %1 是将来的日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date %1 is before 1900; check the year.</source>
        <translation>出生日期 %1 早于1900年，请检查年份。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>the birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>“%1”不是电子邮箱地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the arrival date</source>
        <translation>抵达日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every companion needs a name.</source>
        <translation>每位陪同人员都需要填写姓名。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The institution&apos;s name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ICD-10 code is required.</source>
        <translation>ICD-10 编码为必填项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an ICD-10 code (a letter, two digits, then an optional dot and up to four characters, as in C91.0).</source>
        <translation>“%1”不是 ICD-10 编码（一个字母、两位数字，然后是可选的小数点和最多四个字符，例如 C91.0）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an ICD-O-3 morphology code (four digits, a slash and the behaviour digit, as in 9811/3).</source>
        <translation>“%1”不是 ICD-O-3 形态学编码（四位数字、一个斜杠和生物学行为编码，例如 9811/3）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an ICD-O-3 topography code (as in C42.1).</source>
        <translation>“%1”不是 ICD-O-3 部位编码（例如 C42.1）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the start of the treatment</source>
        <translation>治疗开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the treatment was stopped.</source>
        <translation>请说明停止治疗的原因。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2) must fall within the treatment course (%3 to %4).</source>
        <translation>%1（%2）必须在疗程期间内（%3 至 %4）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The body surface area (m²)</source>
        <translation>体表面积（m²）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The number of cycles cannot be negative.</source>
        <translation>周期数不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cycle lasts between 1 and 120 days.</source>
        <translation>每个周期为 1 至 120 天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle %1</source>
        <translation>第 %1 周期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every drug needs a name.</source>
        <translation>每种药物都需要填写名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dose cannot be negative (%1).</source>
        <translation>剂量不能为负数（%1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The infusion (day 0)</source>
        <translation>回输（第0天）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>the start of lymphodepletion</source>
        <translation>清淋开始</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the apheresis</source>
        <translation>单采</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRS grade (ASTCT)</source>
        <translation>CRS 分级（ASTCT）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ICANS grade (ASTCT)</source>
        <translation>ICANS 分级（ASTCT）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stem-cell infusion (day 0)</source>
        <translation>干细胞回输（第0天）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an HLA match: write matched/typed loci, as in 10/10 or 7/8 (typed loci 6, 8, 10 or 12).</source>
        <translation>“%1”不是有效的 HLA 配型：请填写相合位点数/检测位点数，例如 10/10 或 7/8（检测位点数为 6、8、10 或 12）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the start of conditioning</source>
        <translation>预处理开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>day 0</source>
        <translation>第0天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The acute GVHD grade</source>
        <translation>急性 GVHD 分级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An autologous transplant uses the patient&apos;s own cells.</source>
        <translation>自体移植使用的是患者自身的细胞。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The date of the assessment is required.</source>
        <translation>评估日期为必填项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The blast percentage</source>
        <translation>原始细胞比例</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The date and time of the measurement are required.</source>
        <translation>测量日期和时间为必填项。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A weight in kg</source>
        <translation>体重（kg）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A height in cm</source>
        <translation>身高（cm）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A measured value cannot be negative.</source>
        <translation>测量值不能为负数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The date and time of the visit are required.</source>
        <translation>就诊日期和时间为必填项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The duration must be between 0 and 1440 minutes.</source>
        <translation>时长必须在 0 至 1440 分钟之间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A tele-consultation needs the partner side&apos;s time zone.</source>
        <translation>远程会诊需要填写对方的时区。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every participant needs a name.</source>
        <translation>每位参与人员都需要填写姓名。</translation>
    </message>
</context>
<context>
    <name>VisaInvitationLetter</name>
    <message>
        <location filename="../core/report/visainvitation.cpp" line="-156"/>
        <location line="+89"/>
        <source>To the visa section of the embassy or consulate</source>
        <translation>致：大使馆或领事馆签证处</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Our centre invites the patient named below, and the companions listed, to travel for medical treatment as described in this letter. We ask you to issue them medical visas for the dates of the stay.</source>
        <translation>我中心特邀请下列患者及所列陪同人员前来接受本函所述的医学治疗。恳请贵处按停留日期为其签发医疗签证。</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+97"/>
        <location line="+21"/>
        <source>Passport number</source>
        <translation>护照号码</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+97"/>
        <source>Issued by</source>
        <translation>签发国</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <location line="+20"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+99"/>
        <source>Companions</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+113"/>
        <source>Relation</source>
        <translation>与患者关系</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>No companion travels with the patient.</source>
        <translation>无陪同人员随行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <source>Treatment and stay</source>
        <translation>治疗与停留</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+132"/>
        <source>Intended treatment</source>
        <translation>拟行治疗</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+132"/>
        <source>Dates of the stay</source>
        <translation>停留日期</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+133"/>
        <source>Estimated duration</source>
        <translation>预计时长</translation>
    </message>
    <message numerus="yes">
        <location line="-132"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>Costs covered by</source>
        <translation>费用承担方</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+134"/>
        <source>Contact at the centre</source>
        <translation>中心联系方式</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+138"/>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+140"/>
        <source>Signature and stamp</source>
        <translation>签名及盖章</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>A visa invitation letter needs the patient&apos;s passport number: enter it with Edit patient first.</source>
        <translation>签证邀请函需要患者的护照号码：请先通过“编辑患者”填写。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A visa invitation letter needs the dates of the stay: give them, or record the patient&apos;s arrival and departure dates.</source>
        <translation>签证邀请函需要停留日期：请填写，或记录患者的抵达和离开日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stay cannot end (%1) before it begins (%2).</source>
        <translation>停留结束日期（%1）不能早于开始日期（%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A visa invitation letter needs the intended treatment: give it, or record a planned treatment or a diagnosis.</source>
        <translation>签证邀请函需要拟行治疗：请填写，或记录计划中的治疗或诊断。</translation>
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
        <translation>未记录</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>Tele-consultation</source>
        <translation>远程会诊</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Awaiting visa</source>
        <translation>等待签证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travelling</source>
        <translation>在途中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In treatment</source>
        <translation>治疗中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharged</source>
        <translation>已出院</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote follow-up</source>
        <translation>远程随访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost to follow-up</source>
        <translation>失访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-paying</source>
        <translation>自费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embassy</source>
        <translation>大使馆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charity</source>
        <translation>慈善机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor registry</source>
        <translation>供者库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laboratory</source>
        <translation>实验室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other institution</source>
        <translation>其他机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Histology</source>
        <translation>组织病理学</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bone-marrow morphology</source>
        <translation>骨髓形态学</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>Flow cytometry</source>
        <translation>流式细胞术</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+45"/>
        <source>Imaging</source>
        <translation>影像学</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <source>Clinical</source>
        <translation>临床诊断</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>No staging</source>
        <translation>无分期</translation>
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
        <translation>危险分层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other system</source>
        <translation>其他分期系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral</source>
        <translation>双侧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side unknown</source>
        <translation>侧别不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chemotherapy</source>
        <translation>化疗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAR-T cell therapy</source>
        <translation>CAR-T 细胞治疗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stem-cell transplant</source>
        <translation>造血干细胞移植</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surgery</source>
        <translation>手术</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radiotherapy</source>
        <translation>放疗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immunotherapy</source>
        <translation>免疫治疗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gene therapy</source>
        <translation>基因治疗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyperthermia</source>
        <translation>热疗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional medicine</source>
        <translation>传统医学</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other therapy</source>
        <translation>其他治疗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curative</source>
        <translation>根治性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palliative</source>
        <translation>姑息性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bridging</source>
        <translation>桥接治疗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consolidation</source>
        <translation>巩固治疗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete remission</source>
        <translation>完全缓解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CR with incomplete recovery</source>
        <translation>完全缓解伴血细胞不完全恢复（CRi）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial response</source>
        <translation>部分缓解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable disease</source>
        <translation>疾病稳定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progressive disease</source>
        <translation>疾病进展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relapse</source>
        <translation>复发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRD negative</source>
        <translation>MRD 阴性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRD positive</source>
        <translation>MRD 阳性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morphology</source>
        <translation>形态学</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PCR</source>
        <translation>PCR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>身高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrophils (ANC)</source>
        <translation>中性粒细胞（ANC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelets</source>
        <translation>血小板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haemoglobin</source>
        <translation>血红蛋白</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White cells (WBC)</source>
        <translation>白细胞（WBC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blasts</source>
        <translation>原始细胞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tumour marker</source>
        <translation>肿瘤标志物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other measurement</source>
        <translation>其他指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mg/m²</source>
        <translation>mg/m²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mg/kg</source>
        <translation>mg/kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat dose</source>
        <translation>固定剂量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autologous</source>
        <translation>自体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allogeneic</source>
        <translation>异基因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self (autologous)</source>
        <translation>自体（自身细胞）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related</source>
        <translation>亲缘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unrelated</source>
        <translation>非亲缘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haploidentical</source>
        <translation>单倍型相合</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Cord blood</source>
        <translation>脐带血</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Bone marrow</source>
        <translation>骨髓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peripheral blood</source>
        <translation>外周血</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Myeloablative (MAC)</source>
        <translation>清髓性（MAC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduced intensity (RIC)</source>
        <translation>减低强度（RIC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-myeloablative (NMA)</source>
        <translation>非清髓性（NMA）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chronic GVHD</source>
        <translation>无慢性 GVHD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mild</source>
        <translation>轻度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>中度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>重度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outpatient visit</source>
        <translation>门诊就诊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admission</source>
        <translation>入院</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharge</source>
        <translation>出院</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multidisciplinary meeting</source>
        <translation>多学科会诊（MDT）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This centre</source>
        <translation>本中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner side</source>
        <translation>对方</translation>
    </message>
</context>
<context>
    <name>caravan::CaseHeader</name>
    <message>
        <location filename="../ui/record/caseheader.cpp" line="+70"/>
        <source>No patient selected</source>
        <translation>未选择患者</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>speaks %1, needs an interpreter</source>
        <translation>语言：%1，需要翻译</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speaks %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs an interpreter</source>
        <translation>需要翻译</translation>
    </message>
</context>
<context>
    <name>caravan::CaseRecordView</name>
    <message>
        <location filename="../ui/record/caserecordview.cpp" line="+213"/>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this %1? You can undo it with Edit ▸ Undo.</source>
        <translation>删除此%1？可通过“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your login on this server has no Caravan role: you may only read.</source>
        <translation>您在此服务器上的账户没有 Caravan 角色：只能查看。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role on this server (%1) may read these records but not change them.</source>
        <translation>您在此服务器上的角色（%1）可以查看这些记录，但不能修改。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History</source>
        <translation>修改历史</translation>
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
        <translation>MRD 阴性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRD positive</source>
        <translation>MRD 阳性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relapse / progression</source>
        <translation>复发 / 进展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other response</source>
        <translation>其他疗效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrophil engraftment</source>
        <translation>中性粒细胞植入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelet engraftment</source>
        <translation>血小板植入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>末次联系</translation>
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
        <translation>第0天：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: neutrophil engraftment</source>
        <translation>%1：中性粒细胞植入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: platelet engraftment</source>
        <translation>%1：血小板植入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: last contact</source>
        <translation>%1：末次联系</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1</source>
        <translation>自%1起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Relapse: %1</source>
        <translation>复发：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutrophil engraftment: %1</source>
        <translation>中性粒细胞植入：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact: %1</source>
        <translation>末次联系：%1</translation>
    </message>
</context>
<context>
    <name>caravan::CohortView</name>
    <message>
        <location filename="../ui/cohort/cohortview.cpp" line="+185"/>
        <source>The cohort could not be read: %1</source>
        <translation>无法读取队列：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n 名患者</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day 0: CAR-T infusion</source>
        <translation>第0天：CAR-T 回输</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day 0: transplant infusion</source>
        <translation>第0天：移植回输</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Align on</source>
        <translation>对齐(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagnosis</source>
        <translation>诊断(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country</source>
        <translation>国家(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Therapy</source>
        <translation>治疗(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sort</source>
        <translation>排序(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day 0 &amp;years</source>
        <translation>第0天年份(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAR-T infusion</source>
        <translation>CAR-T 回输</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transplant infusion</source>
        <translation>移植回输</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day 0 date</source>
        <translation>第0天日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relapse first</source>
        <translation>复发优先</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remission first</source>
        <translation>缓解优先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to engraftment</source>
        <translation>至植入天数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days to relapse</source>
        <translation>至复发天数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event every patient&apos;s day 0 is aligned on (the first one if there are several)</source>
        <translation>每位患者第0天所对齐的事件（如有多个则取第一个）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to pan, Ctrl+wheel or the wheel over the day axis to zoom, click a patient to open the case.</source>
        <translation>拖动以平移，按住 Ctrl 滚动滚轮或在天数轴上滚动滚轮以缩放，单击患者以打开病例。</translation>
    </message>
</context>
<context>
    <name>caravan::ConflictDialog</name>
    <message>
        <location filename="../ui/editors/conflictdialog.cpp" line="+69"/>
        <source>Changed by someone else</source>
        <translation>已被其他人修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 saved this %2 at %3, while you were editing it.</source>
        <translation>在您编辑期间，%1 于 %3 保存了该%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved this %1 while you were editing it.</source>
        <translation>在您编辑期间，其他人保存了该%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>You both changed %n field(s), marked below: choose which value to keep.</source>
        <translation>
            <numerusform>双方都修改了 %n 个字段（已在下方标出）：请选择要保留的值。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed different fields; the choices below keep both sets of changes.</source>
        <translation>双方修改的是不同的字段；下面的选择会保留双方的全部修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is saved until you choose.</source>
        <translation>在您做出选择之前，不会保存任何内容。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs: %1, %2</source>
        <translation>其他人的版本：%1，%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>其他人的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (changed by both)</source>
        <translation>%1（双方都已修改）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: theirs</source>
        <translation>%1：其他人的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: yours</source>
        <translation>%1：您的版本</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Keep theirs</source>
        <translation>保留其他人的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the record as they saved it; your changes are dropped.</source>
        <translation>保持其他人保存的记录不变；您的修改将被放弃。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine</source>
        <translation>保存我的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your value in every field listed, over theirs.</source>
        <translation>在列出的每个字段中保存您的值，覆盖其他人的值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save chosen values</source>
        <translation>保存所选的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save their version with the values chosen above.</source>
        <translation>以其他人的版本为基础，保存上面所选的值。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../ui/editors/conflictdialog.h" line="+76"/>
        <source>This %1 was deleted by someone else while you were editing it; your changes cannot be saved to it.</source>
        <translation>在您编辑期间，该%1已被其他人删除；您的修改无法保存到其中。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: someone else changed this %1 while you were editing it.</source>
        <translation>未保存：在您编辑期间，其他人修改了该%1。</translation>
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
        <translation>请按“年-月-日”格式填写日期，例如 2024-03-15。未记录则留空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the date in a calendar</source>
        <translation>在日历中选择日期</translation>
    </message>
</context>
<context>
    <name>caravan::DateTimeEdit</name>
    <message>
        <location line="+62"/>
        <source>local time (%1)</source>
        <translation>本地时间（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours and minutes in the time zone of this computer; stored in UTC.</source>
        <translation>本计算机所在时区的时和分；以 UTC 存储。</translation>
    </message>
</context>
<context>
    <name>caravan::DocumentPreviewDialog</name>
    <message>
        <location filename="../ui/report/documentpreviewdialog.cpp" line="+211"/>
        <source>International Patient Centre</source>
        <translation>国际患者服务中心</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No temporary folder for the document: %1</source>
        <translation>没有用于文档的临时文件夹：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no document to save yet.</source>
        <translation>尚无可保存的文档。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The document cannot be saved as %1: %2</source>
        <translation>无法将文档保存为 %1：%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Referral summary</source>
        <translation>转诊病历摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tele-consultation record</source>
        <translation>远程会诊记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical visa invitation letter</source>
        <translation>医疗签证邀请函</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Save %1</source>
        <translation>保存%1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Second language:</source>
        <translation>第二语言(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pri&amp;nt…</source>
        <translation>打印(&amp;N)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>t&amp;o:</source>
        <translation>至(&amp;O)：</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Include &amp;passport details</source>
        <translation>包含护照信息(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Consultation:</source>
        <translation>会诊(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tele-consultation recorded</source>
        <translation>无远程会诊记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intended &amp;treatment:</source>
        <translation>拟行治疗(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the record: the planned treatment, else the diagnosis</source>
        <translation>来自记录：计划中的治疗，否则为诊断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay &amp;from:</source>
        <translation>停留日期 自(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gned by:</source>
        <translation>签字人(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and title under the signature line</source>
        <translation>签名线下方的姓名和职务</translation>
    </message>
</context>
<context>
    <name>caravan::HistoryView</name>
    <message>
        <location filename="../ui/record/historyview.cpp" line="+47"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Added %1</source>
        <translation>添加了%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed %1</source>
        <translation>修改了%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted %1</source>
        <translation>删除了%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored %1</source>
        <translation>恢复了%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %1</source>
        <translation>已导出%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Languages: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on %1</source>
        <translation>已在 %1 上打印</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as %1</source>
        <translation>已另存为 %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>caravan::InstitutionsDialog</name>
    <message>
        <location filename="../ui/record/institutionsdialog.cpp" line="+23"/>
        <source>Partner institutions</source>
        <translation>合作机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
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
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected rows</source>
        <translation>移除所选行</translation>
    </message>
</context>
<context>
    <name>caravan::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+364"/>
        <source>Select a patient first.</source>
        <translation>请先选择一位患者。</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Delete patient</source>
        <translation>删除患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this patient with everything recorded about them? You can undo it with Edit ▸ Undo.</source>
        <translation>删除此患者及其所有记录？可通过“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>About Caravan</source>
        <translation>关于 Caravan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;Case manager for international patients.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Schema %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;国际患者病例管理系统。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;&lt;p&gt;架构版本 %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
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
        <translation>此数据库中还没有患者。可载入虚构的演示病例进行浏览，通过“文件 ▸ 新建患者”添加患者，或导入 CSV 文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load demo cases</source>
        <translation>载入演示病例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New patient…</source>
        <translation>新建患者(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to server…</source>
        <translation>连接到服务器(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent databases and servers</source>
        <translation>最近的数据库和服务器(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import patients from CSV…</source>
        <translation>从 CSV 导入患者(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export (PDF)</source>
        <translation>导出 PDF(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Referral summary…</source>
        <translation>转诊病历摘要(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tele-consultation record…</source>
        <translation>远程会诊记录(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visa invitation letter…</source>
        <translation>签证邀请函(&amp;V)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral summary, tele-consultation record or visa invitation letter as PDF</source>
        <translation>以 PDF 格式导出转诊病历摘要、远程会诊记录或签证邀请函</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;patient…</source>
        <translation>编辑患者(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the current tab…</source>
        <translation>添加到当前标签页(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete selected record</source>
        <translation>删除所选记录(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete patient…</source>
        <translation>删除患者…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner &amp;institutions…</source>
        <translation>合作机构(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find a patient</source>
        <translation>查找患者(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cohort aligned on day 0…</source>
        <translation>按第0天对齐的队列(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Caravan</source>
        <translation>关于 Caravan(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects to the server; asks for the password if it is needed.</source>
        <translation>连接到服务器；如有需要会询问密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A database file on this computer.</source>
        <translation>此电脑上的数据库文件。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The connection to %1 was lost; connecting again…</source>
        <translation>与 %1 的连接已断开；正在重新连接…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1 again.</source>
        <translation>已重新连接到 %1。</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The reporting server cannot be reached (%1); the cohort reads the main server.</source>
        <translation>无法连接报表服务器（%1）；队列视图改为读取主服务器。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open or create a database</source>
        <translation>打开或新建数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caravan databases (*.sqlite *.db);;All files (*)</source>
        <translation>Caravan 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+16"/>
        <source>Import patients</source>
        <translation>导入患者</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n patient(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 名患者。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %n more row(s) not imported.</source>
        <translation>
            <numerusform>… 另有 %n 行未导入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cohort — %1 (reporting replica)</source>
        <translation>队列 — %1（报表副本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort — %1</source>
        <translation>队列 — %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n patient(s) shown</source>
        <translation>
            <numerusform>显示 %1 名，共 %n 名患者</numerusform>
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
        <translation>未记录</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Travel and documents</source>
        <translation>行程与证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Visa</source>
        <translation>签证</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stay</source>
        <translation>停留</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>travels with the patient</source>
        <translation>随患者同行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next of kin</source>
        <translation>近亲属</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Companions</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer and referral</source>
        <translation>付费与转诊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer</source>
        <translation>付费方</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Referred by</source>
        <translation>转诊方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>协调员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnoses</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>diagnosed %1</source>
        <translation>诊断日期 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Treatments</source>
        <translation>治疗</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>best response</source>
        <translation>最佳疗效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day 0:</source>
        <translation>第0天：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today is</source>
        <translation>今天为</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>counts show</source>
        <translation>血常规显示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Neutrophil engraftment:</source>
        <translation>中性粒细胞植入：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platelet engraftment:</source>
        <translation>血小板植入：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Latest height and weight:</source>
        <translation>最近身高和体重：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing planned</source>
        <translation>暂无计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>caravan::PartTab</name>
    <message>
        <location filename="../ui/record/parttab.cpp" line="+103"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>caravan::PatientListFilterBar</name>
    <message>
        <location filename="../ui/patientlist/patientlistfilterbar.cpp" line="+104"/>
        <source>Haematological malignancy (C81–C96, D45–D47)</source>
        <translation>血液系统恶性肿瘤（C81–C96, D45–D47）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solid tumour (other C)</source>
        <translation>实体瘤（其他 C）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-malignant blood disease (D50–D89)</source>
        <translation>非恶性血液病（D50–D89）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cardiovascular (I)</source>
        <translation>心血管疾病（I）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spine and musculoskeletal (M)</source>
        <translation>脊柱及肌肉骨骼疾病（M）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Congenital (Q)</source>
        <translation>先天性疾病（Q）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or none</source>
        <translation>其他或无</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagnosis:</source>
        <translation>诊断(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;reatment:</source>
        <translation>治疗(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;oordinator:</source>
        <translation>协调员(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every patient again (the search text stays)</source>
        <translation>重新显示所有患者（保留搜索文字）</translation>
    </message>
</context>
<context>
    <name>caravan::PatientListModel</name>
    <message>
        <location filename="../ui/patientlist/patientlistmodel.cpp" line="+213"/>
        <source>Planned visit</source>
        <translation>计划就诊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa expires</source>
        <translation>签证到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport expires</source>
        <translation>护照到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned treatment starts</source>
        <translation>计划治疗开始</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The latest diagnosis</source>
        <translation>最近诊断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The type of the latest treatment course</source>
        <translation>最近疗程的类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The earliest date from today on: a planned visit, the visa or passport expiry, or the start of a planned treatment</source>
        <translation>从今天起最早的日期：计划就诊、签证或护照到期，或计划治疗的开始</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record</source>
        <translation>病案号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport name</source>
        <translation>护照姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current treatment</source>
        <translation>当前治疗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case status</source>
        <translation>病例状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinator</source>
        <translation>协调员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next due</source>
        <translation>下一事项</translation>
    </message>
</context>
<context>
    <name>caravan::PatientListPane</name>
    <message>
        <location filename="../ui/patientlist/patientlistpane.cpp" line="+146"/>
        <source>Find a patient: name in any script, record, passport or phone number</source>
        <translation>查找患者：任意文字书写的姓名、病案号、护照号或电话号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list follows as you type. Enter opens the selected patient (or the first one); Down moves into the list; Escape clears the search.</source>
        <translation>列表随输入实时更新。Enter 打开所选患者（或第一位患者）；向下键进入列表；Esc 清除搜索。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The patient list could not be read: %1</source>
        <translation>无法读取患者列表：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln patient(s)</source>
        <translation>
            <numerusform>%Ln 名患者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing the best %1 matches of %Ln patient(s): type more to narrow the search</source>
        <translation>
            <numerusform>在 %Ln 名患者中显示最匹配的 %1 名：继续输入可缩小范围</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing %1 of %Ln patient(s)</source>
        <translation>
            <numerusform>显示 %1 名，共 %Ln 名患者</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::PdfPreview</name>
    <message>
        <location filename="../ui/report/pdfpreview.cpp" line="+146"/>
        <source>The file %1 cannot be opened as a PDF: it is missing or damaged.</source>
        <translation>无法将文件 %1 作为 PDF 打开：文件不存在或已损坏。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is protected by a password.</source>
        <translation>文件 %1 受密码保护。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 has no pages.</source>
        <translation>文件 %1 没有页面。</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
</context>
<context>
    <name>caravan::RecordDialog</name>
    <message>
        <location filename="../ui/editors/recorddialog.cpp" line="+73"/>
        <source>Your changes have not been saved.</source>
        <translation>您的更改尚未保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard them, or keep editing to save them?</source>
        <translation>放弃这些更改，还是继续编辑以便保存？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No height and no weight are recorded for this patient: record both as measurements to compute the body surface area and the doses per m² and per kg.</source>
        <translation>该患者没有身高和体重记录：请将两者录入为检测指标，以计算体表面积以及按 m² 和按 kg 的剂量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No height is recorded for this patient: record one as a measurement to compute the body surface area and the doses per m².</source>
        <translation>该患者没有身高记录：请将身高录入为检测指标，以计算体表面积及按 m² 的剂量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No weight is recorded for this patient: record one as a measurement to compute the body surface area and the doses per m² and per kg.</source>
        <translation>该患者没有体重记录：请将体重录入为检测指标，以计算体表面积以及按 m² 和按 kg 的剂量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body surface area %1 m² (Mosteller) from %2 cm and %3 kg.</source>
        <translation>体表面积 %1 m²（Mosteller 公式），依据身高 %2 cm、体重 %3 kg。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the drugs with their dose per unit to compute the doses.</source>
        <translation>请添加药物及其单位剂量以计算剂量。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Dose given filled for %n drug(s); check each before saving.</source>
        <translation>
            <numerusform>已为 %n 种药物填入实际给药剂量；保存前请逐一核对。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not computed: %1.</source>
        <translation>未计算：%1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Latest height %1 cm and weight %2 kg.</source>
        <translation>最近身高 %1 cm，体重 %2 kg。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest height %1 cm; no weight recorded.</source>
        <translation>最近身高 %1 cm；无体重记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest weight %1 kg; no height recorded.</source>
        <translation>最近体重 %1 kg；无身高记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No height or weight recorded for this patient.</source>
        <translation>该患者没有身高或体重记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Compute doses from height and weight</source>
        <translation>根据身高和体重计算剂量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body surface area (Mosteller) from the latest height and weight, then each drug&apos;s dose given from its dose per m², per kg or flat dose.</source>
        <translation>根据最近的身高和体重计算体表面积（Mosteller 公式），再按每种药物的每 m²、每 kg 剂量或固定剂量计算实际给药剂量。</translation>
    </message>
    <message>
        <location filename="../ui/editors/recorddialog.h" line="+131"/>
        <location filename="../ui/record/recordeditors.cpp" line="+17"/>
        <source>Some values could not be read: correct the fields marked below.</source>
        <translation>部分数值无法读取：请更正下方标记的字段。</translation>
    </message>
    <message>
        <location filename="../ui/record/recordeditors.cpp" line="+6"/>
        <source>born</source>
        <translation>出生于</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>birth date not recorded</source>
        <translation>出生日期未记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same person?</source>
        <translation>是同一个人吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These patients may be the same person:

%1

Open the first of them, or create a new patient anyway?</source>
        <translation>这些患者可能是同一个人：

%1

打开其中第一位，还是仍然新建患者？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open existing patient</source>
        <translation>打开已有患者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create new patient</source>
        <translation>新建患者</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved yet: check the possible duplicates.</source>
        <translation>尚未保存：请检查可能的重复记录。</translation>
    </message>
</context>
<context>
    <name>caravan::RecordForm</name>
    <message>
        <location filename="../ui/editors/recordform.cpp" line="+204"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>caravan::RecordTableModel</name>
    <message>
        <location filename="../ui/record/recordtablemodel.cpp" line="+63"/>
        <location line="+19"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>caravan::ServerConnectDialog</name>
    <message>
        <location filename="../ui/connection/serverconnectdialog.cpp" line="+20"/>
        <source>Connect to server</source>
        <translation>连接到服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example db.hospital.local</source>
        <translation>例如 db.hospital.local</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encrypted, server&apos;s certificate checked (verify-full)</source>
        <translation>加密，并验证服务器证书（verify-full）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted (require)</source>
        <translation>加密（require）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>服务器支持时加密（prefer）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted: this computer or a trusted network only (disable)</source>
        <translation>不加密：仅限本机或受信任的网络（disable）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>asked for when needed</source>
        <translation>需要时会询问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the password in the system keychain</source>
        <translation>将密码保存在系统钥匙串中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is never written to Caravan&apos;s settings. Leave it empty to be asked for it, or to use ~/.pgpass.</source>
        <translation>密码永远不会写入 Caravan 的设置。留空则会在需要时询问密码，或使用 ~/.pgpass。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your login:</source>
        <translation>您的登录名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:</source>
        <translation>安全性：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your login</source>
        <translation>您的登录名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in %1.</source>
        <translation>请填写%1。</translation>
    </message>
</context>
<context>
    <name>caravan::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="+29"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No logo</source>
        <translation>无徽标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logo for the letterhead</source>
        <translation>信笺抬头徽标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (%1)</source>
        <translation>图像 (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none: the cohort reads the main server</source>
        <translation>无：队列视图读取主服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address of a read-only replica of the centre&apos;s server, postgresql://user@host:5432/database. The cohort view reads it, to keep heavy queries off the main server.</source>
        <translation>中心服务器只读副本的地址，postgresql://user@host:5432/database。队列视图读取它，使繁重的查询不占用主服务器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name (written into the history of every change)</source>
        <translation>您的姓名（记录在每次修改的历史中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre name (on letters)</source>
        <translation>中心名称（用于信函）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre address, phone and e-mail (on letters)</source>
        <translation>中心地址、电话和电子邮箱（用于信函）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo (on letters)</source>
        <translation>徽标（用于信函）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting server (read-only replica)</source>
        <translation>报表服务器（只读副本）</translation>
    </message>
</context>
<context>
    <name>caravan::timeline::TimelineCharts</name>
    <message>
        <location filename="../ui/timeline/timelinecharts.cpp" line="+118"/>
        <source>Blasts and MRD (%): line = blood/marrow counts, dots = assessments (green MRD−, orange MRD+)</source>
        <translation>原始细胞与 MRD（%）：折线 = 血液/骨髓计数，圆点 = 疗效评估（绿色 MRD−，橙色 MRD+）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight (kg)</source>
        <translation>体重（kg）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ANC (× 10⁹/L), dashed: engraftment threshold %1</source>
        <translation>ANC（× 10⁹/L），虚线：植入阈值 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platelets (× 10⁹/L), dashed: engraftment threshold %1</source>
        <translation>血小板（× 10⁹/L），虚线：植入阈值 %1</translation>
    </message>
</context>
<context>
    <name>caravan::timeline::TimelineTab</name>
    <message>
        <location filename="../ui/timeline/timelinetab.cpp" line="+89"/>
        <source>Calendar dates</source>
        <translation>日历日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day relative to %1</source>
        <translation>以%1为第0天</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+5"/>
        <source>Export timeline image</source>
        <translation>导出时间轴图片</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image could not be written to %1.</source>
        <translation>无法将图片写入 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole history (F or Home)</source>
        <translation>显示完整历程（F 或 Home）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export image…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time axis:</source>
        <translation>时间轴：</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+33"/>
        <source>The SQLite database file, or a server address (postgresql://user@host:5432/database), to open.</source>
        <translation>要打开的 SQLite 数据库文件，或服务器地址（postgresql://user@host:5432/database）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show this patient (record number).</source>
        <translation>显示此患者（病案号）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this tab of the case record (0-6).</source>
        <translation>显示病例记录的此标签页（0-6）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the window as a PNG file and quit.</source>
        <translation>将窗口保存为 PNG 文件并退出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the export preview of this document (summary, teleconsult, invitation).</source>
        <translation>打开此文档的导出预览（summary、teleconsult、invitation）。</translation>
    </message>
</context>
</TS>
