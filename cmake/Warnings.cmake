# Warnings as an INTERFACE target that every project target links; -Werror is an
# option so that a newer compiler's new warning never blocks a user's build, while CI
# (and the dev preset) turn it on.
option(MTFP_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
add_library(mtfp_warnings INTERFACE)
target_compile_options(mtfp_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                               -Wno-sign-conversion -Wnon-virtual-dtor)
if(MTFP_WARNINGS_AS_ERRORS)
  target_compile_options(mtfp_warnings INTERFACE -Werror)
endif()
