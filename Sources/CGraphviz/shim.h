#ifndef POLICY_GRAPH_CGRAPHVIZ_SHIM_H
#define POLICY_GRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
