# SPDX-License-Identifier: GPL-3.0-or-later
# Build settings shared by every target, and the test registration helper.

if(JSNA_WARNINGS_AS_ERRORS)
    set(CMAKE_COMPILE_WARNING_AS_ERROR ON)
endif()

add_library(jsna_build_settings INTERFACE)
target_compile_features(jsna_build_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(jsna_build_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wold-style-cast -Wcast-qual -Wzero-as-null-pointer-constant)
target_compile_definitions(jsna_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    JSNA_VERSION="${PROJECT_VERSION}")
# Includes are rooted at the repository root: #include "core/store/database.h".
target_include_directories(jsna_build_settings INTERFACE "${PROJECT_SOURCE_DIR}")

if(JSNA_SANITIZERS)
    list(JOIN JSNA_SANITIZERS "," _jsna_san)
    target_compile_options(jsna_build_settings INTERFACE
        -fsanitize=${_jsna_san} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(jsna_build_settings INTERFACE -fsanitize=${_jsna_san})
endif()

# jsna_add_test(NAME <name> SOURCES <files...> LIBS <targets...> [LABELS <labels...>] [TIMEOUT <s>])
# One QtTest executable per area, run offscreen, with JSNA_TEST_DATA_DIR pointing at tests/data.
function(jsna_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE jsna_build_settings jsna_test_common Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${ARG_NAME} PRIVATE
        JSNA_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        JSNA_CLI_PATH="$<TARGET_FILE:jsna>")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set_tests_properties(${ARG_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;ASAN_OPTIONS=detect_leaks=0;UBSAN_OPTIONS=print_stacktrace=1"
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}")
endfunction()
