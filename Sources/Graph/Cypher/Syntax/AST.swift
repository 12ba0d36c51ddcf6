/// The syntax tree of a query, as the parser builds it.
///
/// Every expression keeps its UTF-8 range in the query text: errors point at
/// it, and an unaliased `RETURN` item is named by its text exactly as written.
struct Query {
    var clauses: [Clause]
    /// True when the query began with `EXPLAIN`.
    var explain: Bool
    /// True when the query began with `PROFILE`: run it and return the plan with rows and time per step.
    var profile = false
    /// The queries joined to this one by `UNION` or `UNION ALL`, in order.
    var unions: [UnionBranch] = []
}

/// One clause: reading clauses, projections, and the updating clauses (see `AST+Updates.swift`).
enum Clause {
    case match(MatchClause)
    case unwind(UnwindClause)
    case with(Projection)
    case `return`(Projection)
    case create(CreateClause)
    case merge(MergeClause)
    case set(SetClause)
    case remove(RemoveClause)
    case delete(DeleteClause)
    case call(CallClause)
    case foreach(ForeachClause)
    case subquery(SubqueryClause)

    var offset: Int {
        switch self {
        case .match(let m): return m.offset
        case .unwind(let u): return u.offset
        case .with(let p), .return(let p): return p.offset
        case .create(let c): return c.offset
        case .merge(let m): return m.offset
        case .set(let s): return s.offset
        case .remove(let r): return r.offset
        case .delete(let d): return d.offset
        case .call(let c): return c.offset
        case .foreach(let f): return f.offset
        case .subquery(let s): return s.offset
        }
    }

    /// True for the clauses that change the graph.
    var updates: Bool {
        switch self {
        case .create, .merge, .set, .remove, .delete, .foreach: return true
        case .match, .unwind, .with, .return, .call: return false
        case .subquery(let s): return s.updates
        }
    }
}

struct MatchClause {
    var optional: Bool
    var patterns: [PatternPart]
    var predicate: Expression?
    var offset: Int
}

struct UnwindClause {
    var expression: Expression
    var variable: String
    var variableOffset: Int
    var offset: Int
}

struct CreateClause {
    var patterns: [PatternPart]
    var offset: Int
}

/// The body of `WITH` or `RETURN`.
struct Projection {
    var distinct: Bool
    /// `*`: every variable in scope, then the listed items.
    var star: Bool
    var items: [ProjectionItem]
    var orderBy: [SortItem]
    var skip: Expression?
    var limit: Expression?
    /// Only for `WITH … WHERE`.
    var predicate: Expression?
    var offset: Int
}

struct ProjectionItem {
    var expression: Expression
    var alias: String?
    /// The column name: the alias, or the expression's text.
    var name: String
}

struct SortItem {
    var expression: Expression
    var ascending: Bool
}

/// `p = shortestPath((a)-[*]->(b))` or a plain chain `(a)-[r]->(b)…`.
struct PatternPart {
    enum Shortest { case single, all }
    var pathVariable: String?
    var shortest: Shortest?
    var nodes: [NodePattern]
    var relationships: [RelationshipPattern]
    var offset: Int
}

struct NodePattern {
    var variable: String?
    var labels: [String]
    var properties: Expression?
    var offset: Int
    /// A label expression with `|` or `!`, or `WHERE …` inside the pattern, until a MATCH
    /// moves it into its WHERE (`Parser+LabelExpressions`); always nil after parsing.
    var predicate: Expression? = nil
}

struct RelationshipPattern {
    enum Direction { case outgoing, incoming, both }
    var variable: String?
    var types: [String]
    var direction: Direction
    var properties: Expression?
    /// For `*min..max`; nil for a single hop. A missing bound is nil.
    var range: (min: Int?, max: Int?)?
    var offset: Int
    var isVariableLength: Bool { range != nil }
}

/// An expression with its place in the query text.
struct Expression {
    indirect enum Kind {
        case literal(Value)
        case parameter(String)
        case variable(String)
        case property(Expression, String)
        case index(Expression, Expression)
        case slice(Expression, Expression?, Expression?)
        case list([Expression])
        case map([(String, Expression)])
        case unary(UnaryOperator, Expression)
        case binary(BinaryOperator, Expression, Expression)
        case isNull(Expression, negated: Bool)
        case hasLabels(Expression, [String])
        /// `operand IS [NOT] :: TYPE`.
        case typePredicate(Expression, CypherType, negated: Bool)
        case function(name: String, distinct: Bool, arguments: [Expression])
        case countStar
        case caseExpression(subject: Expression?, branches: [(Expression, Expression)], otherwise: Expression?)
        case listComprehension(variable: String, source: Expression, predicate: Expression?, projection: Expression?)
        case quantifier(Quantifier, variable: String, source: Expression, predicate: Expression)
        case reduce(accumulator: String, initial: Expression, variable: String, source: Expression, body: Expression)
        case patternComprehension(pathVariable: String?, pattern: PatternPart, predicate: Expression?, projection: Expression)
        /// A pattern used as a predicate: true when it has at least one match.
        case pattern(PatternPart)
        /// `n {.name, .*, total: expr}`: a map built from a node, relationship or map.
        case mapProjection(Expression, [MapProjectionItem])
    }

    var kind: Kind
    var offset: Int
    var length: Int
    /// Levels from this node down to its deepest leaf (1 for a leaf); the parser refuses
    /// trees taller than `NestingLimit.maximum`, so every recursive walk stays shallow.
    private(set) var height: Int

    init(_ kind: Kind, offset: Int, length: Int) {
        self.kind = kind
        self.offset = offset
        self.length = length
        height = 0
        height = 1 + (children.lazy.map(\.height).max() ?? 0)
    }
}

/// One entry of a map projection.
enum MapProjectionItem {
    /// `.key`: the property of that name.
    case property(String)
    /// `.*`: every property.
    case allProperties
    /// `key: expression`.
    case entry(String, Expression)
    /// `name`: the variable of that name, under its own name.
    case variable(String)
}

enum Quantifier: String { case all, any, none, single }

enum UnaryOperator: String { case not = "NOT", minus = "-", plus = "+" }

enum BinaryOperator: String {
    case or = "OR", xor = "XOR", and = "AND"
    case equal = "=", notEqual = "<>", less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%", power = "^"
    case startsWith = "STARTS WITH", endsWith = "ENDS WITH", contains = "CONTAINS", regex = "=~", `in` = "IN"
}
