#ifndef POLICY_GRAPH_CEDITLINE_SHIM_H
#define POLICY_GRAPH_CEDITLINE_SHIM_H
// libedit through its readline-compatible API. The readline names are plain C
// globals and functions, so Swift reaches them without helpers; only the
// headers they need are gathered here.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <locale.h>
#include <langinfo.h>
#include <editline/readline.h>
#endif
