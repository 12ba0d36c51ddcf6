#ifndef POLICY_GRAPH_CEDITLINE_SHIM_H
#define POLICY_GRAPH_CEDITLINE_SHIM_H
#include <stdio.h>
#include <locale.h>
#include <editline/readline.h>
#endif
