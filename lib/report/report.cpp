// build_plan_report: the tables the --table choice asks for, in the published order.
#include "report/report.hpp"

#include "report/tables.hpp"
#include "report/workings.hpp"

namespace mtfp {

ReportHeader report::header_of(const Scenario& scenario) {
    ReportHeader header;
    header.scenario_name = scenario.name;
    header.scenario_file = scenario.file;
    header.base_year = scenario.base_year;
    for (YearIndex y = 1; y < scenario.year_count(); ++y) header.plan_years.push_back(scenario.year(y));
    return header;
}

namespace {

bool wanted(TableChoice choice, TableChoice table) {
    return choice == TableChoice::all || choice == table;
}

void append(std::vector<Table>& tables, std::vector<Table> more) {
    for (Table& table : more) tables.push_back(std::move(table));
}

}  // namespace

PlanReport build_plan_report(const Scenario& scenario, const Plan& plan, TableChoice choice,
                             Workings workings) {
    PlanReport report;
    report.header = report::header_of(scenario);
    report.assumptions = report::build_assumptions(scenario);
    std::vector<Table>& tables = report.tables;
    if (wanted(choice, TableChoice::summary)) {
        tables.push_back(report::build_summary(scenario, plan));
        report.ledger = scenario.ledger;
    }
    if (wanted(choice, TableChoice::table2)) tables.push_back(report::build_table2(scenario, plan));
    if (wanted(choice, TableChoice::table3)) tables.push_back(report::build_table3(scenario, plan));
    if (wanted(choice, TableChoice::table4)) append(tables, report::build_table4(scenario, plan));
    if (wanted(choice, TableChoice::gap)) append(tables, report::build_gap_tables(scenario, plan));
    if (wanted(choice, TableChoice::grants)) tables.push_back(report::build_grants_table(scenario, plan));
    if (plan.capital && wanted(choice, TableChoice::capital))
        tables.push_back(report::build_capital_table(scenario, plan));
    if (plan.priorities && wanted(choice, TableChoice::priorities))
        append(tables, report::build_priorities_tables(scenario, plan));
    if (choice == TableChoice::table3_lines) tables.push_back(report::build_table3_lines(scenario, plan));
    if (choice == TableChoice::movements) tables.push_back(report::build_movements_table(scenario, plan));
    // In `all` only where the scenario uses council tax in pounds, so v1 output is unchanged.
    const CouncilTax& tax = scenario.precept.council_tax;
    if (choice == TableChoice::council_tax ||
        (choice == TableChoice::all && (tax.in_pounds() || tax.has_collection_fund() || tax.cap_pence)))
        tables.push_back(report::build_council_tax_table(scenario, plan));
    if (choice == TableChoice::savings || (choice == TableChoice::all && has_savings_programme(scenario)))
        tables.push_back(report::build_savings_table(scenario, plan));
    report::apply_labels(scenario, tables);
    if (workings == Workings::stated) {
        report.workings.push_back(report::build_workings(scenario, plan));
        report::link_to_workings(scenario, plan, tables);
    }
    report.charts = report::build_plan_charts(scenario, plan, wanted(choice, TableChoice::gap),
                                              wanted(choice, TableChoice::table4),
                                              wanted(choice, TableChoice::priorities));
    return report;
}

}  // namespace mtfp
