# the fix plan, fix --apply / --undo / --verify output (zh-CN). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

fix-around-it = 或者绕过它：{ $fix }
fix-as-flag-asks = 按 { $flag } 的要求设置 { $variable }

## Why go env -w cannot work

fix-go-env-unavailable-not-run = go-env 检查没有运行
fix-go-env-unavailable-no-go = 找不到 go 命令：请安装 Go，或用 --go 指定
fix-go-env-unavailable-off = GOENV=off：go env -w 没有文件可写；请改在 shell 配置文件里设置这个变量
fix-go-env-unavailable-no-file = go env 没有给出它的配置文件（GOENV）
fix-go-env-unavailable-no-answer = go env 没有响应，不知道 go env -w 会写到哪里
fix-verify-no-go = 没有找到 go 命令

## Step details: the preview

fix-refused-redacted = 这个值来自脱敏过的报告，凭据已被遮盖：请用真实的值自己运行这条命令
fix-refused-credentials-shared = 未写入：这个值带有凭据（user:password@），而 { $file } 属于工作区，这类文件常被提交和共享；请写到你的用户设置文件里
fix-refused-credentials-shared-user-file = 未写入：这个值带有凭据（user:password@），而 { $file } 属于工作区，这类文件常被提交和共享；请写到你的用户设置文件（{ $user_file }）里
fix-refused-other-users-file = 未写入：{ $path } 的属主是 uid { $uid }，不是 root；以 root 运行的 godiag 不修改其他用户的工作区：请以那个用户运行 `godiag fix --apply`，或者手动修改
fix-refused-other-users-folder = 未创建：{ $path } 会创建在 { $folder } 中，这个目录的属主是 uid { $uid }，不是 root；以 root 运行的 godiag 不修改其他用户的工作区：请以那个用户运行 `godiag fix --apply`，或者手动修改
fix-cannot-read = 无法读取 { $path }：{ $error }
fix-already-says-so = { $path } 中已经是这个值
fix-not-in-file = { $path } 中没有 { $variable }
fix-os-env-overrides = 系统环境变量里设置了 { $variable }，它会覆盖 go env 文件：从系统环境变量中删掉 { $variable } 之前，这次写入不会生效
fix-os-env-also-sets = 系统环境变量里也设置了 { $variable }；从 go env 文件中删除后，生效的仍是环境变量里的值
fix-will-be-created = { $path } 还不存在，会新建
fix-edit-refused = { $path }：{ $why }
fix-edit-does-not-parse = 文件解析失败（第 { $line } 行第 { $column } 列 { $error }）：没有改动它
fix-edit-not-an-object = 这个文件里的 "{ $key }" 不是对象：没有改动它
fix-edit-not-applied = 没有应用这次修改：{ $why }

## Step details: apply

fix-skipped-failed-write = 已跳过：`{ $command }` 没有成功，而这处修改要和它保持一致（否则编辑器和终端的设置会不一样）
fix-skipped-same-file = 已跳过：{ $file } 里还有一处修改依赖没有成功的 `{ $command }`；这个文件保持不变
fix-no-go-to-run = 找不到可以运行它的 go 命令
fix-go-timeout = go 在 { $ms } ms 内没有结束
fix-go-failed = { $command } 失败：{ $said }
fix-go-warned-override = go 已写入，但提示系统环境变量 { $variable } 会覆盖它：请运行 `{ $unset }`，并从 shell 配置文件中删掉它，否则旧值仍然生效
fix-changed-meanwhile = godiag 处理 { $path } 期间，文件被改动了；godiag 没有写入：请重新运行 godiag fix
fix-cannot-resolve = 无法解析链接 { $path }：{ $error }
fix-backup-failed = { $error }；没有改动 { $path }
fix-cannot-write = 无法写入 { $path }：{ $error }；它保持不变
fix-not-utf8 = 这个文件不是 UTF-8 文本
fix-read-only = { $path } 是只读的；godiag 不会替换只读文件
fix-no-temp-file = 无法在 { $folder } 中创建临时文件
fix-os-error = { $error }

## The state folder

fix-cannot-create-state = 无法创建 godiag 的状态目录 { $path }
fix-cannot-open-lock = 无法打开锁文件 { $path }
fix-lock-busy = 另一个 godiag fix 还在运行（它持有 { $path }）；请等它结束后再试
fix-cannot-lock = 无法锁定 { $path }
fix-cannot-create-backup = 无法创建备份目录 { $path }
fix-cannot-list = 无法列出 { $path }
fix-cannot-read-manifest = 无法读取 { $path }
fix-not-a-manifest = { $path } 不是 godiag 的清单文件；把它移走才能撤销更早的一次修改
fix-cannot-back-up = 无法备份 { $path }
fix-cannot-write-manifest = 无法写入 { $path }

## Undo

fix-undo-changed-since = { $variable } 在修改之后又被改过（现在是 { $now }）：保持不变；`godiag fix --undo --force` 会把它改回 { $before }
fix-unset = 未设置
fix-unset-parenthesised = （未设置）
fix-undo-overwrote = --force：覆盖了修改之后设置的 { $variable }={ $now }
fix-undo-go-failed = { $command } { $outcome }：{ $stderr }
fix-undo-no-go = 清单里没有记录是哪个 go 做的修改
fix-undo-file-changed-written = 这个文件在 godiag 写入之后又被改过：保持不变；原文件在 { $original }；`godiag fix --undo --force` 仍会恢复它（并保留一份你的版本）
fix-undo-file-changed-created = 这个文件在 godiag 创建之后又被改过：保持不变；`godiag fix --undo --force` 仍会恢复它（并保留一份你的版本）
fix-undo-cannot-keep-copy = 无法在 { $path } 保留你的版本：{ $error }；保持不变
fix-undo-kept-yours = --force：覆盖了你在修改之后做的改动；你的版本保存在 { $path }
fix-undo-was-deleted = --force：这个文件在修改之后被删除了
fix-undo-not-a-settings-file = 这个文件已经不是 godiag 能读取并备份的设置文件（FIFO、设备或太大）：即使加了 --force 也保持不变

## Verify

fix-verify-no-temp-module = 无法创建临时模块：{ $error }
fix-verify-timeout = go mod download 在 { $ms } ms 内没有结束
fix-go-outcome = { $outcome ->
    [ok] 成功
    [timeout] 超时
    [spawn-failed] 无法启动
    [bad-output] 输出无法解析
   *[failed] 失败
    }
fix-verify-go-outcome = go { $outcome }
fix-verify-interrupted = godiag：验证时被中断（{ $signal }）：已停止 go 并删除临时模块缓存；已经应用的修改仍然保留（`godiag fix --undo` 可以撤销）

## Not fixed

fix-not-fixed-by-hand = godiag 无法自动修复；请手动处理：{ $what }
fix-not-fixed-by-hand-at = godiag 无法自动修复；请手动处理：{ $what }（在 { $file }:{ $line }）
fix-not-fixed-by-hand-in = godiag 无法自动修复；请手动处理：{ $what }（在 { $file }）
fix-not-fixed-manual = 需要你自己做的一步（见“手动处理”）：{ $fix }
fix-not-fixed-step = `{ $command }` { $state }：{ $detail }
fix-not-fixed-still-found = 已按计划修改，但检查仍然发现这个问题：见上面的检查结果
fix-not-fixed-in-place = 计划的修改（{ $fix }）已经生效，但检查仍然发现这个问题

## The report of godiag fix

fix-step-state = { $state ->
    [pending] 待执行
    [already-done] 已完成
    [manual] 手动
    [refused] 已拒绝
    [applied] 已应用
    [ineffective] 未生效
   *[failed] 失败
    }
fix-heading = { $which ->
    [diagnosis] 诊断
    [diagnosis-before] 诊断（修改前）
    [plan] 计划
    [applied] 已应用
    [changes] 改动
    [changes-made] 已做的改动
    [by-hand] 手动处理（godiag 不会做这些）
    [before-after] 检查结果：修改前 → 修改后
    [verify] 验证
   *[not-fixed] 未修复
    }
fix-nothing-automatic = 没有 godiag 能自动修改的内容
fix-verify-downloaded = 已下载 { $version }
fix-verify-ok = 成功
fix-verify-error-failure = { $error }（{ $failure }）
fix-not-fixed-line = 未修复：{ $code } — { $reason }
fix-closing-pending = 有 { $count } 处要修改：运行 `godiag fix --apply` 执行修改，会先做备份（`godiag fix --undo` 可以恢复）。
fix-closing-nothing = 没有需要 godiag 修改的内容。
fix-closing-backups = 备份在 { $dir }；`godiag fix --undo` 可以恢复。
fix-closing-unchanged = 没有做任何修改。
fix-errors-remain = 还有 { $count } 个错误：见上面的“未修复”。
fix-check-status = { $status ->
    [ok] 正常
    [warning] 警告
    [error] 错误
   *[skipped] 已跳过
    }
fix-resolved = 已解决：{ $codes }
fix-undo-nothing = 没有可撤销的修改：没有记录到 godiag fix 的修改（或者上一次已经撤销了）。
fix-undo-heading = 撤销（来自 { $dir }）
fix-undo-state = { $state ->
    [applied] 已恢复
    [already-done] 已完成
    [refused] 保持不变
   *[failed] 失败
    }
fix-undo-left = 有 { $count } 项没有恢复，因为在修改之后又被改过；备份仍然保留：`godiag fix --undo --force` 会恢复它们（并保留一份你的版本）。
fix-undo-failed = 有 { $count } 项恢复失败；备份仍然保留：请再运行一次 `godiag fix --undo`。

fix-action-settings-set = 在 { $file } 中设置 "{ $setting }": {"{"} "{ $key }": { $value } {"}"}
fix-action-settings-remove = 从 { $file } 的 "{ $setting }" 中删除 "{ $key }"
fix-action-remove-line = 删除 { $file } 第 { $line } 行：{ $text }

## The script of "Suggested fixes" and "By hand"

fix-script-needs-root = { $shell ->
    [powershell] 需要以管理员身份运行 PowerShell
   *[posix] 需要 root 权限
    }：{ $fix }
fix-script-rights = { $shell ->
    [powershell] 需要以管理员身份运行 PowerShell
   *[posix] 需要 root 权限
    }
fix-script-deleted-above = { $file } 第 { $line } 行：已由上面的命令删除
fix-script-settings-note = 上面的 VS Code 设置改动不是 shell 命令：godiag 会直接修改文件并做好备份（`godiag fix` 会显示 diff）
fix-script-real-password = 把 { $mask } 换成你真实的 user:password：{ $command }
fix-script-fill-in = 填好后运行：{ $command }
fix-script-settings-edit = VS Code 设置 { $file }：{ $change }
fix-script-settings-by-hand = 手动修改 { $file }：{ $change }
fix-script-remove-key = 从 { $setting } 中删除 { $key }
fix-script-delete-line = 删除 { $file } 第 { $line } 行：{ $text }
