#pragma once

// The edit session_helper makes and leaves unsaved when it is killed, so that a test can
// check that the recovered study is exactly the edited one.

#include "model/study.h"

namespace gridcba::test {

inline model::Study withUnsavedEdit(model::Study study)
{
    study.name += QStringLiteral(" (unsaved edit)");
    study.economics.discountRate = 0.0525;
    if (!study.projects.empty())
        study.projects.front().commissioningYear += 1;
    return study;
}

} // namespace gridcba::test
