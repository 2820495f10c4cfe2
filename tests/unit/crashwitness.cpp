// A post-mortem debugger for tst_crashfilter (Windows' AeDebug, which the test points here under
// Wine): crashwitness FILE [PID EVENT] writes FILE, so the test sees that a crash was handed to a
// debugger, and exits. No Qt and a static runtime: the system starts a debugger with an
// environment of its own, without the PATH that finds Qt's or MinGW's DLLs.
#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc < 2)
        return 2;
    std::FILE *witness = std::fopen(argv[1], "w");
    if (!witness)
        return 1;
    for (int i = 2; i < argc; ++i)
        std::fprintf(witness, "%s\n", argv[i]);
    return std::fclose(witness) == 0 ? 0 : 1;
}
