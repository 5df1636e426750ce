# the go-env check: findings, fixes, summary, verbose lines (en). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.
