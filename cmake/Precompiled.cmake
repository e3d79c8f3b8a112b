# Precompiled headers: the standard and fmt headers nearly every file includes, parsed
# once per target instead of once per file. On in the asan preset, which CI builds (about
# a third less compile time per file there); off elsewhere, because the dev build is the
# include gate: a file that forgot an #include must fail there, and a precompiled header
# would hide it.
option(MTFP_PRECOMPILE_HEADERS "Precompile the common standard and fmt headers" OFF)

# mtfp_precompile(TARGET [HEADER...]): the common headers, and any more for that target.
function(mtfp_precompile target)
  if(MTFP_PRECOMPILE_HEADERS)
    target_precompile_headers(${target} PRIVATE <algorithm> <array> <cstddef> <cstdint> <functional>
                              <map> <optional> <string> <string_view> <variant> <vector>
                              <fmt/format.h> ${ARGN})
  endif()
endfunction()
