# ASan + UBSan as an INTERFACE target, switched on by the asan preset and in CI.
option(MTFP_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
add_library(mtfp_sanitizers INTERFACE)
if(MTFP_SANITIZE)
  set(_flags -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_compile_options(mtfp_sanitizers INTERFACE ${_flags})
  target_link_options(mtfp_sanitizers INTERFACE ${_flags})
endif()
