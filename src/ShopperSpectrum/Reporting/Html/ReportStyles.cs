namespace ShopperSpectrum.Reporting.Html;

/// <summary>The report's style sheet: system fonts only, a light palette, and print rules (A4, a page per section).</summary>
internal static class ReportStyles
{
    public const string Css = """
        :root {
          --ink: #1d2733; --muted: #5b6470; --line: #d9dee5; --soft: #f4f6f9;
          --primary: #2f5d8a; --accent: #d9731a; --accent-soft: #fcf1e6;
        }
        * { box-sizing: border-box; }
        html { background: #ffffff; }
        body {
          margin: 0; color: var(--ink); background: #ffffff;
          font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
          font-size: 15px; line-height: 1.55;
        }
        main { max-width: 980px; margin: 0 auto; padding: 40px 48px 64px; }
        .report-header { border-bottom: 3px solid var(--primary); padding-bottom: 20px; margin-bottom: 8px; }
        .eyebrow { margin: 0; color: var(--primary); font-size: 12px; font-weight: 700; letter-spacing: .12em; text-transform: uppercase; }
        h1 { font-size: 30px; line-height: 1.2; margin: 6px 0 6px; font-weight: 700; overflow-wrap: anywhere; }
        .subtitle { margin: 0 0 16px; color: var(--muted); }
        nav.contents ol { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 6px 8px; counter-reset: item; }
        nav.contents li { counter-increment: item; }
        nav.contents a {
          display: inline-block; padding: 3px 10px; border: 1px solid var(--line); border-radius: 14px;
          color: var(--ink); text-decoration: none; font-size: 13px;
        }
        nav.contents a::before { content: counter(item) ". "; color: var(--muted); }
        h2 { font-size: 23px; margin: 52px 0 14px; padding-bottom: 8px; border-bottom: 1px solid var(--line); }
        h2 .number { color: var(--primary); margin-right: 10px; }
        h3 { font-size: 16px; margin: 28px 0 8px; }
        p { margin: 8px 0 12px; max-width: 78ch; }
        .kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); gap: 10px; margin: 16px 0 20px; }
        .kpi { border: 1px solid var(--line); border-top: 3px solid var(--primary); border-radius: 4px; padding: 9px 12px; background: #ffffff; }
        .kpi .label { display: block; color: var(--muted); font-size: 11.5px; text-transform: uppercase; letter-spacing: .05em; }
        .kpi .value { display: block; font-size: 20px; font-weight: 650; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .table { margin: 18px 0 24px; }
        table { width: auto; min-width: 60%; max-width: 100%; border-collapse: collapse; font-size: 13.5px; font-variant-numeric: tabular-nums; }
        th { text-align: left; font-weight: 650; border-bottom: 2px solid var(--ink); padding: 6px 8px; vertical-align: bottom; }
        td { border-bottom: 1px solid var(--line); padding: 5px 8px; vertical-align: top; overflow-wrap: break-word; }
        th.num, td.num { text-align: right; }
        td.num, td:first-child { white-space: nowrap; }
        tbody tr:nth-child(even) td { background: var(--soft); }
        tr.highlight td, tbody tr.highlight:nth-child(even) td { background: var(--accent-soft); font-weight: 650; }
        .badge {
          display: inline-block; margin-left: 6px; padding: 0 7px; border: 1px solid var(--muted); border-radius: 10px;
          color: var(--muted); font-size: 11px; font-weight: 500; line-height: 17px; white-space: nowrap;
        }
        .badge.default { color: var(--accent); border-color: var(--accent); font-weight: 650; }
        .note { color: var(--muted); font-size: 13px; }
        figure { margin: 22px 0 26px; }
        figure svg { display: block; width: 100%; height: auto; }
        figcaption { color: var(--muted); font-size: 13.5px; margin-top: 4px; max-width: 78ch; }
        .actions { list-style: none; margin: 12px 0; padding: 0; }
        .action { border: 1px solid var(--line); border-left: 4px solid var(--primary); border-radius: 4px; padding: 10px 16px; margin: 10px 0; }
        .action h4 { margin: 0 0 2px; font-size: 15.5px; }
        .action .facts { margin: 2px 0; color: var(--muted); font-variant-numeric: tabular-nums; }
        .action .advice { margin: 4px 0 2px; }
        .action p:last-child { margin-bottom: 0; }
        .action .advice::before { content: "→ "; color: var(--accent); font-weight: 700; }
        footer { margin-top: 48px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12.5px; }
        @media (max-width: 700px) { main { padding: 20px 16px 40px; } }
        @media print {
          @page { size: A4; margin: 14mm 13mm 16mm; }
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          nav.contents a { border: none; padding: 0 6px 0 0; }
          section { break-before: page; }
          section:first-of-type { break-before: auto; }
          h2 { margin-top: 0; }
          h2, h3, h4 { break-after: avoid; }
          figure, .kpis, .action, tr { break-inside: avoid; }
          .table h3 { break-after: avoid; }
          thead { display: table-header-group; }
          table { font-size: 8.5pt; }
          th, td { padding: 3px 5px; }
          td:first-child { white-space: normal; }
          a { color: inherit; text-decoration: none; }
          tbody tr:nth-child(even) td, tr.highlight td, .kpi { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """;
}
