import Testing
@testable import StakeGraph

@Suite struct LayoutPlanTests {
    @Test func smallGraphsGetDotWithLabels() {
        #expect(LayoutPlan.automatic(actors: 48, edges: 95, edgeLabels: true)
                == LayoutPlan(engine: .dot, edgeLabels: true, splines: "true"))
        #expect(LayoutPlan.automatic(actors: 20, edges: 150, edgeLabels: false).edgeLabels == false, "the user's choice stands")
    }

    @Test func mediumGraphsDropLabelsAndSayWhy() {
        let plan = LayoutPlan.automatic(actors: 150, edges: 400, edgeLabels: true)
        #expect(plan.engine == .dot && !plan.edgeLabels)
        #expect(plan.change == .labelsDropped(edges: 400))
        #expect(plan.change?.description == "400 edges: edge labels dropped so that dot stays fast (tooltips keep them)")
    }

    @Test func largeGraphsGetSfdpWithStraightEdges() {
        let plan = LayoutPlan.automatic(actors: 300, edges: 1200, edgeLabels: true)
        #expect(plan.engine == .sfdp && !plan.edgeLabels && plan.splines == "line")
        #expect(LayoutPlan.automatic(actors: 151, edges: 200, edgeLabels: true).engine == .sfdp)
    }

    @Test func anExplicitEngineIsObeyed() {
        #expect(LayoutPlan.fixed(.neato, edges: 50, edgeLabels: true)
                == LayoutPlan(engine: .neato, edgeLabels: true, splines: "true"))
        let large = LayoutPlan.fixed(.fdp, edges: 1200, edgeLabels: true)
        #expect(large.engine == .fdp && large.edgeLabels && large.splines == "line")
        #expect(LayoutPlan.fixed(.dot, edges: 1200, edgeLabels: true).splines == "true")
    }
}
