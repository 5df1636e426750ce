# the go-env check: findings, fixes, summary, verbose lines (zh-CN). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.
