import Testing
@testable import Shell

@Suite struct ShellCompleterTests {
    private func complete(_ before: String, _ word: String, services: ((inout ShellServices) -> Void)? = nil) throws
        -> CompletionReply
    {
        let (session, _) = try ShellFixture.session(services: services)
        return session.completer.complete(CompletionRequest(lineBeforeWord: before, word: word))
    }

    @Test func metaCommandNames() throws {
        #expect(try complete(":", "sch").candidates == ["schema"])
        #expect(try complete(":", "r").candidates == ["reload", "render", "rows", "run"])
    }

    @Test func metaCommandArguments() throws {
        #expect(try complete(":format ", "j").candidates == ["json", "jsonl"])
        #expect(try complete(":help ", "ti").candidates == ["timing"])
        #expect(try complete(":render out.svg ", "ne").candidates == ["neato"])
        #expect(try complete(":why ", "liang").candidates == ["梁鸣"])
        #expect(try complete(":param who ", "liang").candidates == ["梁鸣"])
    }

    @Test func namedQueriesAndTheirParameters() throws {
        let services: (inout ShellServices) -> Void = { services in
            services.namedQueries = {
                [NamedQuerySummary(name: "work-plans.units-for-industry", title: "t",
                                   parameters: [.init(name: "industry", type: "string")])]
            }
        }
        #expect(try complete(":run ", "work", services: services).candidates == ["work-plans.units-for-industry"])
        // `.` ends a word for libedit, so only the rest of the name is offered.
        #expect(try complete(":run work-plans.", "units", services: services).candidates == ["units-for-industry"])
        #expect(try complete(":run work-plans.units-for-industry ", "ind", services: services).candidates == ["industry="])
        #expect(try complete(":run work-plans.units-for-industry industry=", "liang", services: services).candidates == ["梁鸣"])
    }

    @Test func procedureNamesAfterCall() throws {
        #expect(try complete("CALL ", "db").candidates.contains("db.labels"))
        #expect(try complete("MATCH (n) CALL db.", "la").candidates == ["labels"])
        #expect(try complete("call dbms.", "").candidates == ["procedures"])
        #expect(try complete("RECALL db.", "la").candidates != ["labels"])
    }

    @Test func labelsInNodePatternsAndTypesInRelationshipPatterns() throws {
        #expect(try complete("MATCH (n:", "P").candidates == ["Party", "Person"])
        #expect(try complete("MATCH (n)-[r:", "M").candidates == ["MEMBER_OF"])
        #expect(try complete("MATCH (n)-[r:MEMBER_OF|", "L").candidates == ["LEADS"])
        #expect(try complete("MATCH (n) WHERE n:", "Ag").candidates == ["Agency"])
    }

    @Test func propertyKeysAfterADotAndInMaps() throws {
        #expect(try complete("MATCH (n) RETURN n.", "").candidates == ["aliases", "code", "kind", "name", "role", "title"])
        #expect(try complete("MATCH (n {", "na").candidates == ["name"])
    }

    @Test func propertyKeysOfTheVariablesLabelOrType() throws {
        #expect(try complete("MATCH (t:Task) RETURN t.", "").candidates == ["code", "title"])
        #expect(try complete("MATCH (p:Party) WHERE p.", "k").candidates == ["kind"])
        #expect(try complete("MATCH ()-[r:MEMBER_OF]->() RETURN r.", "").candidates == ["role"])
    }

    @Test func keywordsKeepTheCaseTyped() throws {
        #expect(try complete("", "MAT").candidates == ["MATCH"])
        #expect(try complete("match (n) ", "ret").candidates == ["return"])
    }

    @Test func pinyinIgnoresCaseAndTakesSyllableAbbreviations() throws {
        #expect(try complete("MATCH (p {name: '", "Liang").candidates.contains("梁鸣"))
        #expect(try complete(":why ", "LIANG").candidates == ["梁鸣"])
        // fa|gai from the middle of 市发改委 / 市发展改革委.
        let agencies = try complete("MATCH (a:Agency {name: '", "fagai").candidates
        #expect(agencies.contains("市发改委"), "\(agencies)")
    }

    @Test func pinyinInsideAStringCompletesToTheChineseName() throws {
        let reply = try complete("MATCH (p {name: '", "liang")
        #expect(reply.candidates == ["梁鸣"])
        #expect(reply.suffix == "'")
        #expect(reply.substitution(for: "liang") == "梁鸣")
    }

    @Test func namesInANodePatternAreThoseOfItsLabel() throws {
        #expect(try complete("MATCH (p:Person {name: '", "li").candidates == ["李强", "梁鸣"])
        #expect(try complete("MATCH (p:Party {name: '", "m").candidates == ["民盟"])
        #expect(try complete("MATCH (:Agency {name: '", "li").candidates.isEmpty)
        #expect(ShellCompleter.label(inNodePattern: "( p : Person {name: ") == "Person")
        #expect(ShellCompleter.label(inNodePattern: "(p {name: ") == nil)
    }

    @Test func chinesePrefixAndAliasesComplete() throws {
        #expect(try Set(complete("RETURN \"", "市发").candidates) == ["市发改委", "市发展改革委"])
        #expect(try complete("RETURN '", "改革").candidates == ["市发展改革委"])
    }

    @Test func pinyinOutsideAStringOffersAQuotedName() throws {
        #expect(try complete("MATCH (p {name: ", "liang").candidates == ["'梁鸣'"])
        #expect(try complete("RETURN ", "liqiang").candidates == ["'李强'"])
    }

    @Test func parametersAfterDollar() throws {
        let (session, _) = try ShellFixture.session()
        session.settings.parameters = ["industry": "人工智能"]
        let reply = session.completer.complete(CompletionRequest(lineBeforeWord: "MATCH (i {name: ", word: "$in"))
        #expect(reply.candidates == ["$industry"])
    }
}
