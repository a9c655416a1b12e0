package hta.workbench.views.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import hta.dossier.Milestone;
import hta.dossier.Submission;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/**
 * The Timeline's milestone names never overlap and no line from a name to its diamond runs through another name,
 * however the milestones crowd (same day, a day apart, long names, many in a month): checked on the geometry the
 * layout gives, for many lanes drawn from a seeded generator.
 */
class TimelineLaneLayoutTest {
    private static final String[] KINDS = {"no.dmp-report", "no.basis-received", "no.prices-received",
        "no.agreement-completed", "no.memo-completed", "no.beslutningsforum", "se.statement", "dk.submission-date-agreed",
        "smc.submission", "nice.invitation", "a", "x.a-very-long-milestone-kind-that-needs-room"};

    private static FontMetrics metrics() {
        return new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    }

    private static TimelineLane lane(List<Milestone> milestones) {
        Submission s = new Submission();
        s.jurisdiction = "no";
        s.milestones.addAll(milestones);
        return new TimelineLane("Norway", null, s, null, null);
    }

    @Test
    void namesNeverOverlapAndNoLineCrossesAName() {
        FontMetrics fm = metrics();
        LocalDate from = LocalDate.of(2025, 1, 1);
        Random random = new Random(17);
        for (int lane = 0; lane < 300; lane++) {
            double pixelsPerDay = 0.25 + random.nextDouble() * 4;
            ToIntFunction<LocalDate> x = d -> 16 + (int) Math.round((d.toEpochDay() - from.toEpochDay()) * pixelsPerDay);
            int n = 1 + random.nextInt(12);
            List<Milestone> ms = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                // crowded: within 90 days, often the same day or a day apart
                ms.add(new Milestone(KINDS[random.nextInt(KINDS.length)], from.plusDays(random.nextInt(random.nextBoolean() ? 4 : 90)), null));
            }
            List<TimelineLane.Placed> placed = lane(ms).placedMilestones(fm, x);
            assertEquals(n, placed.size(), "every dated milestone is named");
            int rows = placed.stream().mapToInt(p -> p.row() + 1).max().orElse(0);
            for (TimelineLane.Placed a : placed) {
                Rectangle ra = rect(a, fm);
                int line = x.applyAsInt(a.milestone().date);
                int bar = rows * fm.getHeight();
                for (TimelineLane.Placed b : placed) {
                    if (a == b) continue;
                    Rectangle rb = rect(b, fm);
                    assertFalse(ra.intersects(rb), "lane " + lane + ": '" + a.name() + "' overlaps '" + b.name() + "'");
                    assertFalse(rb.intersectsLine(line, ra.y + 2, line, bar),
                            "lane " + lane + ": the line of '" + a.name() + "' crosses '" + b.name() + "'");
                }
            }
        }
    }

    private static Rectangle rect(TimelineLane.Placed p, FontMetrics fm) {
        return new Rectangle(p.left(), p.row() * fm.getHeight(), fm.stringWidth(p.name()), fm.getHeight());
    }
}
