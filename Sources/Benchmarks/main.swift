// Extraction benchmark; see BENCHMARKS.md.
print("no benchmark yet")
