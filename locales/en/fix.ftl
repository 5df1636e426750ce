# the fix plan, fix --apply / --undo / --verify output (en). Ids and arguments are declared in the code with `messages!`;
# a test holds this file to those declarations. docs/i18n.md explains the scheme.

fix-around-it = or, around it: { $fix }
