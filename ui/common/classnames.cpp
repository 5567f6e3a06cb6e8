#include "classnames.h"

namespace cnnlab::ui::ClassNames {

QStringList of(const std::vector<std::string> &names)
{
    QStringList list;
    list.reserve(qsizetype(names.size()));
    for (const std::string &name : names)
        list.append(QString::fromStdString(name));
    return list;
}

QStringList of(core::DatasetKind kind)
{
    return of(core::classNames(kind));
}

QStringList of(const core::RunInfo &info)
{
    return info.classNames.empty() ? of(info.config.dataset) : of(info.classNames);
}

} // namespace cnnlab::ui::ClassNames
