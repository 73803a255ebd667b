// finmech SDK: everything a mechanism plugin written in C++ includes.
//
// A plugin is one source file with three parts:
//     struct MyLevy { double rate; ... };                 // the parameters, as plain members
//     finmech::Descriptor<MyLevy> describe() { ... }      // what they mean, their units, sources
//     finmech::Projection project(const finmech::Context& ctx, const MyLevy& p) { ... }
//     FINMECH_PLUGIN(describe, project)
// See plugins/template/ and CONTRIBUTING.md.
#pragma once

#include "sdk/context.hpp"
#include "sdk/descriptor.hpp"
#include "sdk/entry.hpp"
#include "sdk/log.hpp"
#include "sdk/profile.hpp"
#include "sdk/projection.hpp"
#include "sdk/standard.hpp"
#include "sdk/text.hpp"
#include "sdk/uncertainty.hpp"
