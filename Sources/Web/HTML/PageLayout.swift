/// The frame of every page: header with the search box and the sections, then the content.
enum PageLayout {
    enum Section: String, CaseIterable {
        case search = "Search", documents = "Documents", questions = "Questions", console = "Cypher", conflicts = "Conflicts"

        var path: String {
            switch self {
            case .search: return "/"
            case .documents: return "/documents"
            case .questions: return "/questions"
            case .console: return "/console"
            case .conflicts: return "/conflicts"
            }
        }
    }

    static func page(title: String, dataset: String, section: Section?, query: String = "", body: HTML) -> HTML {
        let sections = Section.allCases.map { item -> HTML in
            "<a href=\"\(item.path)\"\(item == section ? HTML(raw: " class=\"here\"") : "")>\(item.rawValue)</a>"
        }
        return """
            <!DOCTYPE html>
            <html lang="zh-Hans">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · \(dataset)</title>
            <link rel="stylesheet" href="/static/explorer.css">
            </head>
            <body>
            <header>
            <a class="brand" href="/">Policy Graph Explorer</a>
            \(searchForm(query: query, big: false))
            <nav>\(HTML.join(sections, separator: " · "))</nav>
            <span class="muted">\(dataset)</span>
            </header>
            <main>
            \(body)
            </main>
            <script src="/static/explorer.js"></script>
            </body>
            </html>

            """
    }

    /// The search box; `big` for the home page.
    static func searchForm(query: String, big: Bool) -> HTML {
        let id: HTML = big ? "home-search" : "header-search"
        let placeholder = big ? "Name, alias or pinyin: 梁鸣, liang, sfg, 人工智能…" : "Search: 名称 / pinyin / initials"
        return """
            <form class="search\(big ? HTML(raw: " big-search") : "")" action="/search" method="get" autocomplete="off">
            <input id="\(id)" type="search" name="q" value="\(query)" placeholder="\(placeholder)" aria-label="Search nodes">
            <div class="suggestions" role="listbox"></div>
            </form>
            """
    }
}
