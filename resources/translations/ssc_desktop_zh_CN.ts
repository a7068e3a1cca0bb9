<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SSC Desktop</source>
        <translation>关于 SSC Desktop</translation>
    </message>
    <message>
        <source>SSC Desktop</source>
        <translation>SSC Desktop</translation>
    </message>
    <message>
        <source>The offline catalogue of Southern solutions: South-South and triangular cooperation good practices for UN country offices.</source>
        <translation>南方解决方案离线目录：供联合国国家办事处使用的南南合作和三方合作良好做法。</translation>
    </message>
    <message>
        <source>Versions and folders</source>
        <translation>版本和文件夹</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>Copy these details</source>
        <translation>复制这些详细信息</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>BasketController</name>
    <message numerus="yes">
        <source>Added %n solution(s) to the mission basket.</source>
        <translation>
            <numerusform>已将 %n 个解决方案加入出访清单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emptied the basket (%n solution(s)). Ctrl+Z puts them back.</source>
        <translation>
            <numerusform>已清空清单（%n 个解决方案）。按 Ctrl+Z 可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the basket</source>
        <translation>清空清单</translation>
    </message>
    <message numerus="yes">
        <source>Add %n solution(s)</source>
        <translation>
            <numerusform>添加 %n 个解决方案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n solution(s)</source>
        <translation>
            <numerusform>移除 %n 个解决方案</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder the basket</source>
        <translation>调整清单顺序</translation>
    </message>
    <message>
        <source>Change the basket</source>
        <translation>更改清单</translation>
    </message>
    <message>
        <source>mission-brief</source>
        <translation>出访简报</translation>
    </message>
    <message>
        <source>Save the mission brief</source>
        <translation>保存出访简报</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Making the brief…</source>
        <translation>正在生成简报…</translation>
    </message>
    <message>
        <source>Making the brief… %1 of %2</source>
        <translation>正在生成简报… 第 %1 个，共 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>Brief saved (%Ln page(s)): %1</source>
        <translation>
            <numerusform>简报已保存（%Ln 页）：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Brief saved: %1</source>
        <translation>简报已保存：%1</translation>
    </message>
    <message>
        <source>The brief could not be made.</source>
        <translation>无法生成简报。</translation>
    </message>
    <message>
        <source>Remove from basket</source>
        <translation>移出清单</translation>
    </message>
    <message>
        <source>Add to basket</source>
        <translation>加入清单</translation>
    </message>
    <message>
        <source>Remove from the mission basket</source>
        <translation>移出出访清单</translation>
    </message>
    <message>
        <source>Add to the mission basket</source>
        <translation>加入出访清单</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>撤销(&amp;U)：%1</translation>
    </message>
    <message>
        <source>&amp;Undo basket change</source>
        <translation>撤销清单更改(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>重做(&amp;R)：%1</translation>
    </message>
    <message>
        <source>&amp;Redo basket change</source>
        <translation>重做清单更改(&amp;R)</translation>
    </message>
    <message>
        <source>Add solutions to the basket first.</source>
        <translation>请先将解决方案加入清单。</translation>
    </message>
    <message>
        <source>Make a PDF brief of the basket (Ctrl+P).</source>
        <translation>将清单生成 PDF 简报 (Ctrl+P)。</translation>
    </message>
    <message>
        <source>Mission basket</source>
        <translation>出访清单</translation>
    </message>
    <message>
        <source>As the interface</source>
        <translation>与界面相同</translation>
    </message>
    <message>
        <source>Empty: add solutions with Ctrl+B or drag them here.</source>
        <translation>清单为空：按 Ctrl+B 添加解决方案，或将其拖到此处。</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 毫米)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>美国 Letter (8.5 × 11 英寸)</translation>
    </message>
    <message numerus="yes">
        <source>%n solution(s) of the basket, in its order.</source>
        <translation>
            <numerusform>清单中的 %n 个解决方案，按清单中的顺序排列。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save the PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Make a mission brief</source>
        <translation>生成出访简报</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>编写人(&amp;B)：</translation>
    </message>
    <message>
        <source>Prepared by (printed on the cover)</source>
        <translation>编写人（印在封面上）</translation>
    </message>
    <message>
        <source>Your name and office (optional)</source>
        <translation>您的姓名和办事处（可选）</translation>
    </message>
    <message>
        <source>&amp;Grayscale, for black-and-white printers</source>
        <translation>灰度(&amp;G)，适用于黑白打印机</translation>
    </message>
    <message>
        <source>&amp;Compact: at most one page per solution</source>
        <translation>紧凑(&amp;C)：每个解决方案最多一页</translation>
    </message>
    <message>
        <source>&amp;Start each solution on a new page</source>
        <translation>每个解决方案另起一页(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Another office changed the same field while you were offline. Read both values, then keep yours or take the hub&apos;s; the decision goes to the hub with the next sync.</source>
        <translation>在您离线期间，另一个办事处修改了同一字段。请比较两个值，然后保留您的值或采用中心服务器的值；您的决定将在下次同步时发送到中心服务器。</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>我的值</translation>
    </message>
    <message>
        <source>The hub&apos;s value</source>
        <translation>中心服务器的值</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs (hub)</source>
        <translation>对方的（中心服务器）</translation>
    </message>
    <message>
        <source>Nothing to decide: no change of yours conflicts with the hub&apos;s.</source>
        <translation>无需作出决定：您的更改与中心服务器的更改均无冲突。</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs (hub)</source>
        <translation>对方的（中心服务器）</translation>
    </message>
</context>
<context>
    <name>ContributionProblems</name>
    <message>
        <source>this is not an .xlsx workbook (an old .xls, a password-protected or damaged file?): save it as Excel Workbook (.xlsx) or as CSV UTF-8</source>
        <translation>这不是 .xlsx 工作簿（是旧版 .xls 文件，还是受密码保护或已损坏的文件？）：请另存为 Excel 工作簿 (.xlsx) 或 CSV UTF-8</translation>
    </message>
    <message>
        <source>the file is damaged or not a workbook</source>
        <translation>文件已损坏或不是工作簿</translation>
    </message>
    <message>
        <source>the file is too large (the most read is %d)</source>
        <translation>文件过大（最多读取 %d）</translation>
    </message>
    <message>
        <source>the workbook contains macros, which are never opened: save it as Excel Workbook (.xlsx)</source>
        <translation>工作簿包含宏（宏一律不予打开）：请另存为 Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>cells %v are merged: unmerge them, one value a cell</source>
        <translation>单元格 %v 已合并：请取消合并，每个单元格填一个值</translation>
    </message>
    <message>
        <source>no sheet of this workbook is a contribution template: make one with File ▸ Contribution template</source>
        <translation>此工作簿中没有任何工作表是提交内容模板：请通过“文件 ▸ 提交内容模板”创建模板</translation>
    </message>
    <message>
        <source>the column %c is missing</source>
        <translation>缺少“%c”列</translation>
    </message>
    <message>
        <source>unknown column heading “%v”</source>
        <translation>未知列标题“%v”</translation>
    </message>
    <message>
        <source>the column %c appears twice</source>
        <translation>“%c”列出现了两次</translation>
    </message>
    <message>
        <source>the sheet has more than %d filled rows, the most one import takes: split it</source>
        <translation>工作表中已填写的行超过 %d 行，即单次导入的上限：请拆分工作表</translation>
    </message>
    <message>
        <source>the sheet has no filled row</source>
        <translation>工作表中没有已填写的行</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: save it as CSV UTF-8</source>
        <translation>文件不是 UTF-8 文本：请另存为 CSV UTF-8</translation>
    </message>
    <message>
        <source>holds a formula (%v); formulas are never run: type the value itself</source>
        <translation>包含公式 (%v)；公式一律不予计算：请直接输入值本身</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必填项</translation>
    </message>
    <message>
        <source>“%v” is not %d</source>
        <translation>“%v”不是%d</translation>
    </message>
    <message>
        <source>unknown country “%v”</source>
        <translation>未知国家“%v”</translation>
    </message>
    <message>
        <source>unknown role “%v”</source>
        <translation>未知角色“%v”</translation>
    </message>
    <message>
        <source>“%v” is not one of the list&apos;s values</source>
        <translation>“%v”不是列表中的值</translation>
    </message>
    <message>
        <source>SDG %v does not exist (goals are 1 to 17)</source>
        <translation>可持续发展目标 %v 不存在（目标编号为 1 至 17）</translation>
    </message>
    <message>
        <source>“%v” is not in the form %d</source>
        <translation>“%v”不符合格式 %d</translation>
    </message>
    <message>
        <source>“%v” needs its %d</source>
        <translation>“%v”缺少%d</translation>
    </message>
    <message>
        <source>is longer than %d characters</source>
        <translation>超过 %d 个字符</translation>
    </message>
    <message>
        <source>has more than %d words</source>
        <translation>超过 %d 个词</translation>
    </message>
    <message>
        <source>“%v” is not a year from %d</source>
        <translation>“%v”不是 %d 范围内的年份</translation>
    </message>
    <message>
        <source>the end year is before the start year</source>
        <translation>结束年份早于开始年份</translation>
    </message>
    <message>
        <source>a budget needs a currency (such as USD)</source>
        <translation>预算须注明货币（如 USD）</translation>
    </message>
    <message>
        <source>“%v” is not a currency code (three letters such as USD)</source>
        <translation>“%v”不是货币代码（由三个字母组成，如 USD）</translation>
    </message>
    <message>
        <source>“%v” is not a web address</source>
        <translation>“%v”不是网址</translation>
    </message>
    <message>
        <source>“%v” is not an e-mail address</source>
        <translation>“%v”不是电子邮件地址</translation>
    </message>
    <message>
        <source>“%v” is listed twice</source>
        <translation>“%v”重复列出</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>包含控制字符</translation>
    </message>
    <message>
        <source>the reference “%v” is already used by row %d</source>
        <translation>参考编号“%v”已被第 %d 行使用</translation>
    </message>
    <message>
        <source>a value in a column without a heading</source>
        <translation>无标题的列中有值</translation>
    </message>
    <message>
        <source>not valid: %d</source>
        <translation>无效：%d</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>an SDG number</source>
        <translation>可持续发展目标编号</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation>单元格 %1</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>（另有 %1 个问题）</translation>
    </message>
</context>
<context>
    <name>Contributions</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>In review at the hub</source>
        <translation>中心服务器审核中</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Returned by the curator</source>
        <translation>审核人已退回</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>已被新版本取代</translation>
    </message>
</context>
<context>
    <name>ContributionsDialog</name>
    <message>
        <source>My contributions</source>
        <translation>我的提交内容</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>提交内容</translation>
    </message>
    <message>
        <source>The solutions this office made or edited, and where each stands at the hub. A returned one is still yours: correct it (Edit) and it is sent at the next sync.</source>
        <translation>本办事处创建或编辑的解决方案，以及每项在中心服务器上的状态。被退回的提交内容仍归您处理：更正后（“编辑”），将在下次同步时发送。</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>No contributions yet: the solutions you add or edit are listed here, with where they stand at the hub.</source>
        <translation>尚无提交内容：您添加或编辑的解决方案将在此列出，并显示其在中心服务器上的状态。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>重新发送(&amp;A)</translation>
    </message>
    <message>
        <source>Send the returned contribution again as it is, at the next sync</source>
        <translation>在下次同步时按原样重新发送被退回的提交内容</translation>
    </message>
    <message>
        <source>&amp;Copy for support</source>
        <translation>复制给技术支持(&amp;C)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>您的参考编号</translation>
    </message>
    <message>
        <source>Curator&apos;s comment</source>
        <translation>审核人意见</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定时间</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <source>It will be sent again at the next sync.</source>
        <extracomment>the solution shown changed (or was loaded): actions that depend on it are updated</extracomment>
        <translation>将在下次同步时重新发送。</translation>
    </message>
    <message>
        <source>The contribution could not be sent again.</source>
        <translation>无法重新发送该提交内容。</translation>
    </message>
    <message>
        <source>Saved. The change waits for the next sync.</source>
        <translation>已保存。更改将在下次同步时发送。</translation>
    </message>
    <message>
        <source>The solution could not be saved.</source>
        <translation>无法保存该解决方案。</translation>
    </message>
</context>
<context>
    <name>DetailRenderer</name>
    <message>
        <source>Select a solution in the list to see everything about it here.</source>
        <translation>在列表中选择一个解决方案，即可在此查看其全部信息。</translation>
    </message>
    <message>
        <source>This solution is no longer in the catalogue.</source>
        <translation>该解决方案已不在目录中。</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>machine translation, not reviewed</source>
        <translation>机器翻译，未经审校</translation>
    </message>
    <message>
        <source>machine translation, reviewed by %1</source>
        <translation>机器翻译，经 %1 审校</translation>
    </message>
    <message>
        <source>machine translation, reviewed</source>
        <translation>机器翻译，已审校</translation>
    </message>
    <message>
        <source>translated by the office %1</source>
        <translation>由办事处 %1 翻译</translation>
    </message>
    <message>
        <source>translated by a country office</source>
        <translation>由国家办事处翻译</translation>
    </message>
    <message>
        <source>translated by %1</source>
        <translation>由 %1 翻译</translation>
    </message>
    <message>
        <source>translated by a person</source>
        <translation>人工翻译</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>显示原文</translation>
    </message>
    <message>
        <source>Show the translation</source>
        <translation>显示译文</translation>
    </message>
    <message>
        <source>Translated from %1 (%2).</source>
        <translation>译自%1（%2）。</translation>
    </message>
    <message>
        <source>May be out of date: the original has changed since.</source>
        <translation>可能已过时：原文此后已有更改。</translation>
    </message>
    <message>
        <source>Original text in %1.</source>
        <translation>原文为%1。</translation>
    </message>
    <message>
        <source>Not translated into %1 yet.</source>
        <translation>尚未译成%1。</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Sent — in review at the hub</source>
        <translation>已发送——中心服务器审核中</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Returned by the curator:</source>
        <translation>审核人已退回：</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Send again as it is</source>
        <translation>按原样重新发送</translation>
    </message>
    <message>
        <source>Correct it and it is sent again at the next sync.</source>
        <translation>更正后将在下次同步时重新发送。</translation>
    </message>
    <message>
        <source>Replaced at the hub by a newer version you sent</source>
        <translation>已在中心服务器上被您发送的新版本取代</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Made on this computer</source>
        <translation>在本计算机上创建</translation>
    </message>
    <message>
        <source>Local change waiting for sync</source>
        <translation>本地更改等待同步</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Sustainability and replication</source>
        <translation>可持续性和推广复制</translation>
    </message>
    <message numerus="yes">
        <source>%n private contact(s), kept on this computer (see Edit).</source>
        <translation>
            <numerusform>%n 个私人联系人，保存在本计算机上（见“编辑”）。</numerusform>
        </translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>第 %1 段</translation>
    </message>
    <message>
        <source>Id %1 · revision %2 · updated %3</source>
        <translation>编号 %1 · 修订 %2 · 更新于 %3</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>SSC Desktop may not write there: %1</source>
        <translation>SSC Desktop 无权写入该位置：%1</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>无法读取或写入文件：%1</translation>
    </message>
    <message>
        <source>An unexpected error happened (%1).</source>
        <translation>发生意外错误（%1）。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现错误</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the error details</source>
        <translation>复制错误详细信息</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详细信息</translation>
    </message>
    <message>
        <source>The window keeps working.</source>
        <translation>窗口仍可继续使用。</translation>
    </message>
    <message>
        <source>The details are also in the log file %1.</source>
        <translation>详细信息也记录在日志文件 %1 中。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1（另有 %n 个问题）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <source>Import a catalogue file or USB bundle</source>
        <translation>导入目录文件或 USB 数据包</translation>
    </message>
    <message>
        <source>Export my changes to a USB bundle</source>
        <translation>将我的更改导出到 USB 数据包</translation>
    </message>
    <message>
        <source>USB bundles (*.sscbundle);;All files (*)</source>
        <translation>USB 数据包 (*.sscbundle);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export the listed solutions</source>
        <translation>导出列出的解决方案</translation>
    </message>
    <message>
        <source>Contribution &amp;template…</source>
        <translation>提交内容模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Save a spreadsheet to fill with your office&apos;s solutions, then import it</source>
        <translation>保存一个电子表格，填入您办事处的解决方案后再导入</translation>
    </message>
    <message>
        <source>Catalogue files, contribution templates and USB bundles (*.json *.csv *.xlsx *.sscbundle);;All files (*)</source>
        <translation>目录文件、提交内容模板和 USB 数据包 (*.json *.csv *.xlsx *.sscbundle);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Catalogue file, JSON (*.json);;Spreadsheet, CSV (*.csv);;Contribution sheet, Excel (*.xlsx)</source>
        <translation>目录文件，JSON (*.json);;电子表格，CSV (*.csv);;提交内容工作表，Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save a contribution template</source>
        <translation>保存提交内容模板</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>提交内容</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>Rows to correct</source>
        <translation>需更正的行</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 have problems; nothing was imported.</source>
        <translation>
            <numerusform>%1 中有 %n 行存在问题；未导入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Correct them and import the file again, or import the %n good row(s) now and the others later.</source>
        <translation>
            <numerusform>请更正这些行后重新导入文件，或者现在先导入无误的 %n 行，其余行以后再导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the good rows</source>
        <translation>导入无误的行</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Correct them and import the file again.</source>
        <translation>请更正这些行后重新导入文件。</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed: %1</source>
        <translation>文件未导入；未作任何更改：%1</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed.</source>
        <translation>文件未导入；未作任何更改。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>The hub&apos;s key</source>
        <translation>中心服务器密钥</translation>
    </message>
    <message>
        <source>This catalogue has not met the hub that signed this bundle yet (its key&apos;s fingerprint: %1). Type the hub key your administrator gave you; compare the fingerprint with theirs.</source>
        <translation>本目录尚未连接过签署此数据包的中心服务器（其密钥指纹：%1）。请输入管理员提供的中心服务器密钥，并与管理员核对指纹。</translation>
    </message>
    <message>
        <source>Contributions imported: %1 new, %2 updated, %3 unchanged; they are sent at the next sync.</source>
        <translation>已导入提交内容：新增 %1 个，更新 %2 个，未变 %3 个；将在下次同步时发送。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out, to correct.</source>
        <translation>
            <numerusform>有 %n 行未导入，需要更正。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>USB bundle imported: %Ln solution(s) received.</source>
        <translation>
            <numerusform>USB 数据包已导入：收到 %Ln 个解决方案。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a decision (ssc-desktop conflicts).</source>
        <translation>
            <numerusform>%n 个冲突等待决定 (ssc-desktop conflicts)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 kept (local edits).</source>
        <translation>已导入：新增 %1 个，更新 %2 个，未变 %3 个，保留 %4 个（本地编辑）。</translation>
    </message>
    <message numerus="yes">
        <source>%n changed without a new revision: taken as your edit(s), sent at the next sync.</source>
        <translation>
            <numerusform>%n 个解决方案有更改但无新修订：视为您的编辑，将在下次同步时发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Template saved as %1: fill one row a solution, then File ▸ Import it.</source>
        <translation>模板已另存为 %1：每行填写一个解决方案，然后通过“文件 ▸ 导入”导入。</translation>
    </message>
    <message>
        <source>The template was not saved.</source>
        <translation>模板未保存。</translation>
    </message>
    <message>
        <source>The list is empty: nothing to export.</source>
        <translation>列表为空：没有可导出的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n solution(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个解决方案写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The solutions were not written.</source>
        <translation>解决方案未写入。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1: take it to the hub.</source>
        <translation>
            <numerusform>已将 %n 项更改写入 %1：请将其带到中心服务器。</numerusform>
        </translation>
    </message>
    <message>
        <source>No USB bundle was written.</source>
        <translation>未写入 USB 数据包。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The catalogue could not be opened.</source>
        <translation>无法打开目录。</translation>
    </message>
    <message>
        <source>The catalogue could not be opened: %1</source>
        <translation>无法打开目录：%1</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>状态栏</translation>
    </message>
    <message>
        <source>SSC Desktop</source>
        <translation>SSC Desktop</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>搜索目录</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, or -word to leave out. Results appear as you type.</source>
        <translation>输入词语、&quot;短语&quot;，或用 -词语 排除。结果随输入显示。</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, -leave out</source>
        <translation>词语、&quot;短语&quot;、-排除</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation>结果排序方式</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相关度</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>结果数</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>搜索提示</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除所有筛选</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>全部清除(&amp;L)</translation>
    </message>
    <message>
        <source>Find a filter</source>
        <translation>查找筛选项</translation>
    </message>
    <message>
        <source>Find a country, goal…</source>
        <translation>查找国家、目标…</translation>
    </message>
    <message>
        <source>Tick values to narrow the results. Space ticks or unticks.</source>
        <translation>勾选值以缩小结果范围。空格键可勾选或取消勾选。</translation>
    </message>
    <message>
        <source>Results as a list or a map</source>
        <translation>以列表或地图显示结果</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Solutions that match. Ctrl+B adds the selected one to the mission basket.</source>
        <translation>匹配的解决方案。按 Ctrl+B 将所选方案加入出访清单。</translation>
    </message>
    <message>
        <source>Ma&amp;p</source>
        <translation>地图(&amp;P)</translation>
    </message>
    <message>
        <source>Details of the selected solution</source>
        <translation>所选解决方案的详细信息</translation>
    </message>
    <message>
        <source>Add to the mission basket</source>
        <translation>加入出访清单</translation>
    </message>
    <message>
        <source>Add to basket</source>
        <translation>加入清单</translation>
    </message>
    <message>
        <source>Edit this solution</source>
        <translation>编辑该解决方案</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>My private &amp;note:</source>
        <translation>我的私人备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>私人备注</translation>
    </message>
    <message>
        <source>Never exported, synced or printed. Saved as you type.</source>
        <translation>不会导出、同步或打印。输入时自动保存。</translation>
    </message>
    <message>
        <source>Mission basket</source>
        <translation>出访清单</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>出访(&amp;M)：</translation>
    </message>
    <message>
        <source>Mission title</source>
        <translation>出访名称</translation>
    </message>
    <message>
        <source>e.g. Scoping mission on school feeding</source>
        <translation>例如：学校供餐考察访问</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>目的地(&amp;D)：</translation>
    </message>
    <message>
        <source>Mission destination</source>
        <translation>出访目的地</translation>
    </message>
    <message>
        <source>e.g. Nairobi, Kenya</source>
        <translation>例如：肯尼亚内罗毕</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Mission start date</source>
        <translation>出访开始日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Mission end date</source>
        <translation>出访结束日期</translation>
    </message>
    <message>
        <source>Brief lan&amp;guage:</source>
        <translation>简报语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>简报语言</translation>
    </message>
    <message>
        <source>Solutions in the mission basket</source>
        <translation>出访清单中的解决方案</translation>
    </message>
    <message>
        <source>Drag to reorder, or use Alt+Up and Alt+Down. Delete removes.</source>
        <translation>拖动可调整顺序，也可使用 Alt+Up 和 Alt+Down。按 Delete 移除。</translation>
    </message>
    <message>
        <source>Remove from the basket</source>
        <translation>移出清单</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>上移 (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>下移 (Alt+Down)</translation>
    </message>
    <message>
        <source>Make a mission brief</source>
        <translation>生成出访简报</translation>
    </message>
    <message>
        <source>Make &amp;brief…</source>
        <translation>生成简报(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>出访(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New local solution…</source>
        <translation>新建本地解决方案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit solution…</source>
        <translation>编辑解决方案(&amp;E)…</translation>
    </message>
    <message>
        <source>Sync &amp;history…</source>
        <translation>同步历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Import a catalogue file or USB bundle…</source>
        <translation>导入目录文件或 USB 数据包(&amp;I)…</translation>
    </message>
    <message>
        <source>Export the &amp;listed solutions to a file…</source>
        <translation>将列出的解决方案导出到文件(&amp;L)…</translation>
    </message>
    <message>
        <source>E&amp;xport my changes to a USB bundle…</source>
        <translation>将我的更改导出到 USB 数据包(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>清除搜索(&amp;C)</translation>
    </message>
    <message>
        <source>Clear all &amp;filters</source>
        <translation>清除所有筛选(&amp;F)</translation>
    </message>
    <message>
        <source>Sort by &amp;relevance</source>
        <translation>按相关度排序(&amp;R)</translation>
    </message>
    <message>
        <source>Sort by &amp;newest</source>
        <translation>按最新排序(&amp;N)</translation>
    </message>
    <message>
        <source>Sort by &amp;title</source>
        <translation>按标题排序(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add to basket / remove</source>
        <translation>加入清单/移出(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Show basket</source>
        <translation>显示清单(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove from basket</source>
        <translation>移出清单(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Empty the basket</source>
        <translation>清空清单(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>Mission &amp;basket</source>
        <translation>出访清单(&amp;B)</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>重置布局(&amp;L)</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>Open the &amp;log file</source>
        <translation>打开日志文件(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;ync with the hub</source>
        <translation>与中心服务器同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Resolve sync &amp;conflicts…</source>
        <translation>解决同步冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Welcome and first steps</source>
        <translation>欢迎和入门(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About SSC Desktop</source>
        <translation>关于 SSC Desktop(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <source>The map could not be drawn.</source>
        <translation>无法绘制地图。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>%1 solutions listed · %2 provider → recipient pairs</source>
        <translation>已列出 %1 个解决方案 · %2 组提供国 → 受援国配对</translation>
    </message>
    <message>
        <source>(the %1 strongest drawn)</source>
        <translation>（仅绘制解决方案最多的 %1 组）</translation>
    </message>
    <message>
        <source>%1 solutions · %2 countries</source>
        <translation>%1 个解决方案 · %2 个国家</translation>
    </message>
    <message>
        <source>(counting…)</source>
        <translation>（正在计数…）</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>所有角色</translation>
    </message>
    <message>
        <source>Countries involved in any role</source>
        <translation>以任何角色参与的国家</translation>
    </message>
    <message>
        <source>As provider</source>
        <translation>作为提供国</translation>
    </message>
    <message>
        <source>Countries sharing their solution</source>
        <translation>分享其解决方案的国家</translation>
    </message>
    <message>
        <source>As recipient</source>
        <translation>作为受援国</translation>
    </message>
    <message>
        <source>Countries taking a solution up</source>
        <translation>采用解决方案的国家</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>交流</translation>
    </message>
    <message>
        <source>Arcs from provider to recipient countries, thicker for more solutions</source>
        <translation>从提供国指向受援国的弧线，解决方案越多，弧线越粗</translation>
    </message>
    <message>
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation>放大（+ 或鼠标滚轮）</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>缩小 (-)</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>全球</translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation>显示全球 (0)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Solutions per country. Drag or use the arrow keys to move, + and - to zoom. The Filters panel (Ctrl+1) lists the same countries.</source>
        <translation>按国家显示的解决方案。拖动或使用方向键移动，按 + 和 - 缩放。“筛选”面板 (Ctrl+1) 列出相同的国家。</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>Solutions: %1</source>
        <extracomment>The polyline provider → recipient as segments: the first and the last (drawn with flat caps, so the arc ends where it should) and those between (square caps, which close the small gaps flat caps leave on the outside of each bend). What an arcs layer was drawn for: the arcs&apos; version, the widget&apos;s size, its pixel ratio and the view&apos;s transform (zoom and pan). How many times the arcs layer was drawn (a repaint that only blits it adds none).</extracomment>
        <translation>解决方案：%1</translation>
    </message>
    <message>
        <source>as provider: %1</source>
        <translation>作为提供国：%1</translation>
    </message>
    <message>
        <source>as recipient: %1</source>
        <translation>作为受援国：%1</translation>
    </message>
    <message>
        <source>as partner: %1</source>
        <translation>作为合作伙伴：%1</translation>
    </message>
    <message>
        <source>as funder: %1</source>
        <translation>作为出资方：%1</translation>
    </message>
    <message>
        <source>Exchanges: %1 out, %2 in</source>
        <translation>交流：提供 %1，接受 %2</translation>
    </message>
    <message>
        <source>Filtered by this country (click to remove)</source>
        <translation>已按此国家筛选（点击可取消）</translation>
    </message>
    <message>
        <source>Click to filter by this country</source>
        <translation>点击可按此国家筛选</translation>
    </message>
    <message>
        <source>Solutions per pair (provider → recipient)</source>
        <translation>每组配对的解决方案（提供国 → 受援国）</translation>
    </message>
    <message>
        <source>Solutions per country</source>
        <translation>按国家统计的解决方案</translation>
    </message>
    <message>
        <source>Solutions per country, as provider</source>
        <translation>按提供国统计的解决方案</translation>
    </message>
    <message>
        <source>Solutions per country, as recipient</source>
        <translation>按受援国统计的解决方案</translation>
    </message>
    <message>
        <source>no exchanges</source>
        <translation>无交流</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>The search index is ready.</source>
        <translation>搜索索引已就绪。</translation>
    </message>
    <message>
        <source>The search index could not be built; words are matched simply for now.</source>
        <translation>无法建立搜索索引；暂时使用简单的词语匹配。</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>搜索失败。</translation>
    </message>
    <message numerus="yes">
        <source>Showing the best %1 of %Ln solution(s)</source>
        <translation>
            <numerusform>显示 %Ln 个解决方案中最佳的 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln solution(s)</source>
        <translation>
            <numerusform>%Ln 个解决方案</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>您是不是要找 %1？</translation>
    </message>
    <message>
        <source>Search %1 instead?</source>
        <translation>改为搜索 %1？</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>(counting…)</source>
        <translation>（正在计数…）</translation>
    </message>
    <message>
        <source>No filter matches “%1”.</source>
        <translation>没有与“%1”匹配的筛选项。</translation>
    </message>
    <message>
        <source>Goals (SDGs)</source>
        <translation>目标（可持续发展目标）</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>等待同步</translation>
    </message>
    <message>
        <source>In basket</source>
        <translation>在清单中</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>SearchNotices</name>
    <message>
        <source>Nothing matches the words as typed; showing results for “%1”.</source>
        <translation>没有与所输入词语匹配的结果；显示“%1”的结果。</translation>
    </message>
    <message>
        <source>No solution has all these words; showing those with some.</source>
        <translation>没有解决方案包含所有这些词语；显示包含部分词语的结果。</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or other words, or clear filters.</source>
        <translation>没有匹配结果。请尝试减少或更换词语，或清除筛选。</translation>
    </message>
    <message>
        <source>Type a word to search.</source>
        <translation>输入词语进行搜索。</translation>
    </message>
    <message>
        <source>The search index is being prepared: simple word matching.</source>
        <translation>正在准备搜索索引：使用简单的词语匹配。</translation>
    </message>
    <message>
        <source>The search index is being built; results will appear in a moment.</source>
        <translation>正在建立搜索索引；结果稍后显示。</translation>
    </message>
    <message>
        <source>The search index is not ready yet.</source>
        <translation>搜索索引尚未就绪。</translation>
    </message>
    <message>
        <source>Nothing is called “%1” in %2:; did you mean “%3”?</source>
        <translation>%2: 中没有“%1”；您是不是要找“%3”？</translation>
    </message>
    <message>
        <source>Nothing is called “%1” in %2:.</source>
        <translation>%2: 中没有“%1”。</translation>
    </message>
    <message>
        <source>There is no %1: filter (filters: %2).</source>
        <translation>没有 %1: 筛选项（筛选项：%2）。</translation>
    </message>
    <message>
        <source>%1: needs a value, for example %1:%2.</source>
        <translation>%1: 需要一个值，例如 %1:%2。</translation>
    </message>
    <message>
        <source>Only the first %1 characters of the query were used.</source>
        <translation>只使用了查询的前 %1 个字符。</translation>
    </message>
    <message>
        <source>No solution in the catalogue involves %1 yet.</source>
        <translation>目录中尚无涉及%1的解决方案。</translation>
    </message>
    <message>
        <source>Only the first %1 words were used.</source>
        <translation>只使用了前 %1 个词。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 毫米)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>美国 Letter (8.5 × 11 英寸)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>%1 MB, then the rest next time</source>
        <translation>%1 MB，其余下次传输</translation>
    </message>
    <message>
        <source>A token is remembered; type a new one only to replace it</source>
        <translation>已保存令牌；仅在需要替换时输入新令牌</translation>
    </message>
    <message>
        <source>The token your hub administrator gave this office</source>
        <translation>中心服务器管理员发给本办事处的令牌</translation>
    </message>
    <message>
        <source>Off (sync only when I ask, F9)</source>
        <translation>关闭（仅在我要求时同步，F9）</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s) while the hub answers</source>
        <translation>
            <numerusform>中心服务器有响应时每 %n 小时一次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s) while the hub answers</source>
        <translation>
            <numerusform>中心服务器有响应时每 %n 分钟一次</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the hub&apos;s address, e.g. https://hub.example.org.</source>
        <translation>请输入中心服务器地址，例如 https://hub.example.org。</translation>
    </message>
    <message>
        <source>Will be saved as %1</source>
        <translation>将保存为 %1</translation>
    </message>
    <message>
        <source>From your hub administrator; https:// is added when left out.</source>
        <translation>由中心服务器管理员提供；如省略 https://，将自动添加。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation>与中心服务器同步</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>中心服务器地址(&amp;H)：</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>中心服务器地址</translation>
    </message>
    <message>
        <source>https://hub.example.org</source>
        <translation>https://hub.example.org</translation>
    </message>
    <message>
        <source>Office &amp;token:</source>
        <translation>办事处令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Office token</source>
        <translation>办事处令牌</translation>
    </message>
    <message>
        <source>&amp;Automatic sync:</source>
        <translation>自动同步(&amp;A)：</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>自动同步</translation>
    </message>
    <message>
        <source>&amp;Data per sync:</source>
        <translation>每次同步数据量(&amp;D)：</translation>
    </message>
    <message>
        <source>Most data one sync may use</source>
        <translation>一次同步可使用的最大数据量</translation>
    </message>
    <message>
        <source>Interface and briefs</source>
        <translation>界面和简报</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>&amp;Paper size for briefs:</source>
        <translation>简报纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <source>Paper size for briefs</source>
        <translation>简报纸张大小</translation>
    </message>
</context>
<context>
    <name>SolutionForm</name>
    <message>
        <source>Countries: %1</source>
        <extracomment>The languages a translation can be edited in (the record&apos;s own is &quot;the original&quot;). The translatable texts: the form&apos;s widget keys (``TRANSLATABLE_FIELDS``). Each language named in itself, as the selector lists it.</extracomment>
        <translation>国家：%1</translation>
    </message>
    <message>
        <source>ISO codes or names, e.g. KEN, Brazil</source>
        <translation>ISO 代码或名称，例如 KEN, 巴西</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>缩写</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>地址 (https://…)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Original (%1)</source>
        <translation>原文（%1）</translation>
    </message>
    <message>
        <source>%1 translation</source>
        <translation>%1 译文</translation>
    </message>
    <message>
        <source>%1 translation (new)</source>
        <translation>%1 译文（新）</translation>
    </message>
    <message>
        <source>You are editing the %1 translation of the texts (the original&apos;s are shown in grey in empty fields). The other fields are the same in every language; a translation with every text empty is removed.</source>
        <translation>您正在编辑文本的 %1 译文（空白字段中以灰色显示原文）。其他字段在所有语言中均相同；所有文本均为空的译文将被删除。</translation>
    </message>
    <message>
        <source>A translation needs a title.</source>
        <translation>译文必须有标题。</translation>
    </message>
    <message>
        <source>Unknown country: “%1”. Use an ISO 3166 code (e.g. KEN) or a name.</source>
        <translation>未知国家：“%1”。请使用 ISO 3166 代码（如 KEN）或名称。</translation>
    </message>
    <message>
        <source>“%1” is not an SDG: goals are numbered 1 to 17.</source>
        <translation>“%1”不是可持续发展目标：目标编号为 1 至 17。</translation>
    </message>
    <message>
        <source>The budget must be a number, e.g. 250000.</source>
        <translation>预算必须是数字，例如 250000。</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>标题为必填项。</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>原文：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving. First: %1</source>
        <translation>
            <numerusform>保存前需修正 %n 个问题。第一个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <source>Close the form without saving your changes?</source>
        <translation>不保存更改就关闭表单？</translation>
    </message>
    <message>
        <source>New local solution</source>
        <translation>新建本地解决方案</translation>
    </message>
    <message>
        <source>Edit solution</source>
        <translation>编辑解决方案</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Fields marked * are required. Your changes are kept on this computer and sent to the hub at the next sync.</source>
        <translation>标有 * 的字段为必填项。您的更改保存在本计算机上，并在下次同步时发送到中心服务器。</translation>
    </message>
    <message>
        <source>Te&amp;xts in:</source>
        <translation>文本语言(&amp;X)：</translation>
    </message>
    <message>
        <source>Language of the texts being edited</source>
        <translation>正在编辑的文本的语言</translation>
    </message>
    <message>
        <source>Edit the original texts, or add or correct their translation into another language. The other fields are the same in every language.</source>
        <translation>编辑原文文本，或添加、更正其另一种语言的译文。其他字段在所有语言中均相同。</translation>
    </message>
    <message>
        <source>Translated &amp;by:</source>
        <translation>译者(&amp;B)：</translation>
    </message>
    <message>
        <source>Translated by (your name; blank: your office)</source>
        <translation>译者（您的姓名；留空则为您的办事处）</translation>
    </message>
    <message>
        <source>Your name (blank: your office)</source>
        <translation>您的姓名（留空则为您的办事处）</translation>
    </message>
    <message>
        <source>Solution fields</source>
        <translation>解决方案字段</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <source>Title (required)</source>
        <translation>标题（必填）</translation>
    </message>
    <message>
        <source>What the solution is called</source>
        <translation>解决方案的名称</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>One line</source>
        <translation>一行</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Summary (at most 60 words)</source>
        <translation>摘要（不超过 60 词）</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>The countries involved, by role: ISO codes (e.g. KEN) or names, separated by commas.</source>
        <translation>按角色列出的参与国：ISO 代码（如 KEN）或名称，以英文逗号 (,) 分隔。</translation>
    </message>
    <message>
        <source>Countries by role</source>
        <translation>按角色列出的国家</translation>
    </message>
    <message>
        <source>Main SDGs</source>
        <translation>主要可持续发展目标</translation>
    </message>
    <message>
        <source>Main Sustainable Development Goals</source>
        <translation>主要可持续发展目标</translation>
    </message>
    <message>
        <source>Goal numbers 1 to 17, e.g. 2, 7</source>
        <translation>目标编号 1 至 17，例如 2、7</translation>
    </message>
    <message>
        <source>Other SDGs</source>
        <translation>其他可持续发展目标</translation>
    </message>
    <message>
        <source>Other Sustainable Development Goals</source>
        <translation>其他可持续发展目标</translation>
    </message>
    <message>
        <source>e.g. 13</source>
        <translation>例如：13</translation>
    </message>
    <message>
        <source>Cooperation type</source>
        <translation>合作类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>开始年份</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>结束年份</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Sustainability and replication</source>
        <translation>可持续性和推广复制</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Funding mechanism</source>
        <translation>筹资机制</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>预算金额</translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation>例如：250000</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>货币：</translation>
    </message>
    <message>
        <source>Currency (ISO 4217 code)</source>
        <translation>货币（ISO 4217 代码）</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation>保存前需修正的问题</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln solution(s) in the catalogue</source>
        <translation>
            <numerusform>目录中有 %Ln 个解决方案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting for sync</source>
        <translation>
            <numerusform>%Ln 项更改等待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>正在打开目录…</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>上次同步：从未</translation>
    </message>
    <message>
        <source>Hub: not configured</source>
        <translation>中心服务器：未配置</translation>
    </message>
    <message>
        <source>Hub: checking…</source>
        <translation>中心服务器：正在检查…</translation>
    </message>
    <message>
        <source>Hub: reachable</source>
        <translation>中心服务器：可连接</translation>
    </message>
    <message>
        <source>Hub: unreachable</source>
        <translation>中心服务器：无法连接</translation>
    </message>
    <message>
        <source>Hub: a sign-in page is in the way</source>
        <translation>中心服务器：被登录页面拦截</translation>
    </message>
    <message>
        <source>Hub: versions do not match</source>
        <translation>中心服务器：版本不匹配</translation>
    </message>
    <message>
        <source>Hub: insecure address</source>
        <translation>中心服务器：地址不安全</translation>
    </message>
    <message>
        <source>To sync, give the hub address and your office token in Settings.</source>
        <translation>如需同步，请在“设置”中输入中心服务器地址和办事处令牌。</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>正在准备搜索索引…</translation>
    </message>
    <message>
        <source>Search index unavailable</source>
        <translation>搜索索引不可用</translation>
    </message>
    <message>
        <source>Catalogue size</source>
        <translation>目录规模</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Hub connection</source>
        <translation>中心服务器连接</translation>
    </message>
    <message>
        <source>Search index state</source>
        <translation>搜索索引状态</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>取消同步</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>取消同步</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>&amp;My contributions…</source>
        <extracomment>Settings should open (the sync needs a hub address and token)</extracomment>
        <translation>我的提交内容(&amp;M)…</translation>
    </message>
    <message>
        <source>Where each solution you added or edited stands at the hub</source>
        <translation>您添加或编辑的每个解决方案在中心服务器上的状态</translation>
    </message>
    <message>
        <source>Cancelling the sync…</source>
        <translation>正在取消同步…</translation>
    </message>
    <message>
        <source>Applying the new sync settings…</source>
        <translation>正在应用新的同步设置…</translation>
    </message>
    <message>
        <source>Syncing: %1 received, %2 sent, %3 KB</source>
        <translation>正在同步：已接收 %1，已发送 %2，%3 KB</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>取消同步</translation>
    </message>
    <message>
        <source>Syncing with the hub…</source>
        <translation>正在与中心服务器同步…</translation>
    </message>
    <message>
        <source>The sync stopped; what arrived is kept.</source>
        <translation>同步已停止；已接收的内容均已保留。</translation>
    </message>
    <message>
        <source>Synced: %1 received, %2 sent.</source>
        <translation>已同步：接收 %1，发送 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a decision (ssc-desktop conflicts).</source>
        <translation>
            <numerusform>%n 个冲突等待决定 (ssc-desktop conflicts)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) returned by a curator: see File ▸ My contributions.</source>
        <translation>
            <numerusform>%n 项提交内容已被审核人退回：请查看“文件 ▸ 我的提交内容”。</numerusform>
        </translation>
    </message>
    <message>
        <source>To sync, give the hub address and your office token in Settings.</source>
        <translation>如需同步，请在“设置”中输入中心服务器地址和办事处令牌。</translation>
    </message>
    <message>
        <source>The sync did not complete; nothing was lost.</source>
        <translation>同步未完成；没有丢失任何内容。</translation>
    </message>
    <message>
        <source>S&amp;ync with the hub</source>
        <translation>与中心服务器同步(&amp;Y)</translation>
    </message>
    <message>
        <source>The office token was not kept.</source>
        <translation>办事处令牌未保存。</translation>
    </message>
    <message>
        <source>The conflict could not be resolved.</source>
        <translation>无法解决该冲突。</translation>
    </message>
    <message>
        <source>It will be sent again at the next sync.</source>
        <translation>将在下次同步时重新发送。</translation>
    </message>
    <message>
        <source>The contribution could not be sent again.</source>
        <translation>无法重新发送该提交内容。</translation>
    </message>
</context>
<context>
    <name>SyncHistoryDialog</name>
    <message>
        <source>Sync history</source>
        <translation>同步历史</translation>
    </message>
    <message>
        <source>The last syncs of this catalogue, newest first. Copy them for support.</source>
        <translation>本目录最近的同步记录，最新的在前。可复制给技术支持。</translation>
    </message>
    <message>
        <source>This catalogue has not synced yet.</source>
        <translation>本目录尚未同步。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Copy for support</source>
        <translation>复制给技术支持</translation>
    </message>
</context>
<context>
    <name>SyncHistoryModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>KB moved</source>
        <translation>传输 KB</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to SSC Desktop</source>
        <translation>欢迎使用 SSC Desktop</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Everything works offline</source>
        <translation>一切均可离线使用</translation>
    </message>
    <message>
        <source>The whole catalogue of Southern solutions is on this computer: search it, filter it and read every solution with its sources without any connection.</source>
        <translation>完整的南方解决方案目录就在本计算机上：无需任何网络连接即可搜索、筛选并阅读每个解决方案及其来源。</translation>
    </message>
    <message>
        <source>Connect to a catalogue hub</source>
        <translation>连接到目录中心服务器</translation>
    </message>
    <message>
        <source>Give the hub address and the office token from your hub administrator in Settings: whenever a connection appears, new solutions come in and yours go out by themselves (or press F9). Without any connection, changes travel on a USB stick: File, Import a catalogue file or USB bundle, and File, Export my changes to a USB bundle.</source>
        <translation>在“设置”中输入中心服务器管理员提供的中心服务器地址和办事处令牌：一旦有网络连接，新的解决方案会自动传入，您的解决方案也会自动发出（或按 F9）。没有网络连接时，更改可通过 U 盘传递：“文件 › 导入目录文件或 USB 数据包”和“文件 › 将我的更改导出到 USB 数据包”。</translation>
    </message>
    <message>
        <source>Print a mission brief</source>
        <translation>打印出访简报</translation>
    </message>
    <message>
        <source>Add solutions to the mission basket (Ctrl+B), give the mission a title, destination and dates, then choose Make brief (Ctrl+P) to get a PDF that prints well on any office printer.</source>
        <translation>将解决方案加入出访清单 (Ctrl+B)，填写出访名称、目的地和日期，然后选择“生成简报”(Ctrl+P)，即可获得在任何办公室打印机上都能清晰打印的 PDF。</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>欢迎文字</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
</TS>
