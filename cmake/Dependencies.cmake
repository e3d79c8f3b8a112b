# Every dependency comes from Debian's packages (see README.md); nothing is fetched.
find_package(CLI11 REQUIRED)
find_package(yaml-cpp REQUIRED)
find_package(fmt REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(GMPXX REQUIRED IMPORTED_TARGET gmpxx)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
find_package(Threads REQUIRED)
# libcsv (Debian libcsv-dev): no CMake or pkg-config file, so the library by name.
find_library(MTFP_CSV_LIBRARY csv REQUIRED)
find_path(MTFP_CSV_INCLUDE csv.h REQUIRED)
