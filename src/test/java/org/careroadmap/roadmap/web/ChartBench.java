package org.careroadmap.roadmap.web;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.careroadmap.roadmap.BenchFixtures;
import org.careroadmap.roadmap.Finding;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.TemplateRuleChecker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process cost of what every chart request does besides the database and the template: the
 * template rules ①–⑤ and laying the chart out, on a 40-item roadmap. Run by {@code bench/jmh.sh};
 * never by the test command (JMH classes are not tests).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChartBench {

    RoadmapDocument document;

    @Setup
    public void setUp() {
        document = BenchFixtures.fortyItems();
    }

    @Benchmark
    public List<Finding> templateRules() {
        return TemplateRuleChecker.check(document.roadmap(), document.template());
    }

    @Benchmark
    public ChartView chartLayout() {
        return ChartView.of(document);
    }
}
