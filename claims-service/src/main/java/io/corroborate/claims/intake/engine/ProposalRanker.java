package io.corroborate.claims.intake.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * How sure the engine is of a proposal: a logistic regression, learned from proposals whose truth is known, of whether
 * its source, cue and content are all right. The probability is then stretched so that the cut chosen in training lands
 * on the API's default threshold (0.5): the cut is where the most sources are found while whole attributions stay right
 * {@link #PRECISION} of the time or more, as an analyst would rather add a missed claim than delete a wrong one.
 * Immutable, so thread-safe.
 */
public final class ProposalRanker {

    /** The share of proposals at the default threshold whose whole attribution is right, at least, on the training proposals. */
    static final double PRECISION = 0.71;
    private static final double L2 = 1e-3;
    private static final int ITERATIONS = 2000;
    private static final double LEARNING_RATE = 0.5;

    private final double[] mean;
    private final double[] scale;
    private final double[] weights;
    private final double cut;

    private ProposalRanker(double[] mean, double[] scale, double[] weights, double cut) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.cut = cut;
    }

    /** A proposal's features, and whether its whole attribution and its source were right. */
    public record Labelled(double[] features, boolean whole, boolean source) {
    }

    /**
     * Learns from labelled proposals, among which {@code gold} attributions were to be found: the weights by gradient
     * descent on standardized features, then the cut.
     */
    public static ProposalRanker fit(List<Labelled> proposals, int gold) {
        int width = proposals.get(0).features().length;
        double[] mean = new double[width];
        double[] scale = new double[width];
        for (Labelled proposal : proposals) {
            for (int k = 0; k < width; k++) {
                mean[k] += proposal.features()[k] / proposals.size();
            }
        }
        for (Labelled proposal : proposals) {
            for (int k = 0; k < width; k++) {
                double d = proposal.features()[k] - mean[k];
                scale[k] += d * d / proposals.size();
            }
        }
        for (int k = 0; k < width; k++) {
            scale[k] = scale[k] > 0 ? Math.sqrt(scale[k]) : 1;
        }
        double[][] x = proposals.stream().map(p -> standardized(p.features(), mean, scale)).toArray(double[][]::new);
        double[] weights = new double[width + 1];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[width + 1];
            for (int i = 0; i < x.length; i++) {
                double error = probability(weights, x[i]) - (proposals.get(i).whole() ? 1 : 0);
                gradient[width] += error / x.length;
                for (int k = 0; k < width; k++) {
                    gradient[k] += error * x[i][k] / x.length;
                }
            }
            for (int k = 0; k < width; k++) {
                weights[k] -= LEARNING_RATE * (gradient[k] + L2 * weights[k]);
            }
            weights[width] -= LEARNING_RATE * gradient[width];
        }
        double[] probabilities = Arrays.stream(x).mapToDouble(row -> probability(weights, row)).toArray();
        return new ProposalRanker(mean, scale, weights, cut(proposals, probabilities, gold));
    }

    /**
     * Where whole attributions stay right often enough and the sources' F1 is best: halfway between the last proposal
     * admitted and the first left out, so that a proposal a hair less likely than the last admitted one is not cut.
     */
    private static double cut(List<Labelled> proposals, double[] probabilities, int gold) {
        Integer[] order = new Integer[probabilities.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(probabilities[b], probabilities[a]));
        double cut = 1;
        double bestF1 = -1;
        int whole = 0;
        int sources = 0;
        for (int n = 1; n <= order.length; n++) {
            Labelled proposal = proposals.get(order[n - 1]);
            whole += proposal.whole() ? 1 : 0;
            sources += proposal.source() ? 1 : 0;
            double f1 = 2.0 * sources / (n + gold);
            boolean distinct = n == order.length || probabilities[order[n]] < probabilities[order[n - 1]];
            if (distinct && whole >= PRECISION * n && f1 > bestF1) {
                bestF1 = f1;
                cut = n == order.length ? probabilities[order[n - 1]] : (probabilities[order[n - 1]] + probabilities[order[n]]) / 2;
            }
        }
        return cut;
    }

    /** The confidence of a proposal with these features: the probability, with the cut at 0.5. */
    public double confidence(double[] features) {
        double p = probability(weights, standardized(features, mean, scale));
        return p < cut ? 0.5 * p / cut : cut >= 1 ? 1 : 0.5 + 0.5 * (p - cut) / (1 - cut);
    }

    private static double[] standardized(double[] features, double[] mean, double[] scale) {
        double[] x = new double[features.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = (features[k] - mean[k]) / scale[k];
        }
        return x;
    }

    private static double probability(double[] weights, double[] x) {
        double z = weights[x.length];
        for (int k = 0; k < x.length; k++) {
            z += weights[k] * x[k];
        }
        return 1 / (1 + Math.exp(-z));
    }

    void write(DataOutputStream data) throws IOException {
        data.writeInt(mean.length);
        for (double[] values : List.of(mean, scale)) {
            for (double value : values) {
                data.writeDouble(value);
            }
        }
        for (double weight : weights) {
            data.writeDouble(weight);
        }
        data.writeDouble(cut);
    }

    static ProposalRanker read(DataInputStream data, int width) throws IOException {
        if (data.readInt() != width) {
            throw new IOException("a model's ranker reads other features");
        }
        double[] mean = new double[width];
        double[] scale = new double[width];
        double[] weights = new double[width + 1];
        for (double[] values : List.of(mean, scale, weights)) {
            for (int k = 0; k < values.length; k++) {
                values[k] = data.readDouble();
            }
        }
        return new ProposalRanker(mean, scale, weights, data.readDouble());
    }
}
