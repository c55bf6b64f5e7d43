package org.wardflow.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublicationLedger;
import org.wardflow.export.AppVersion;
import org.wardflow.export.Attributions;
import org.wardflow.export.ExportFormat;
import org.wardflow.export.ExportOptions;
import org.wardflow.export.ExportResult;
import org.wardflow.export.LayoutSpec;
import org.wardflow.export.LegendSpec;
import org.wardflow.export.MapExporter;
import org.wardflow.export.MapPage;
import org.wardflow.export.story.ProjectCodec;
import org.wardflow.export.story.Publication;
import org.wardflow.export.story.StepPublisher;
import org.wardflow.export.story.StepSceneFactory;
import org.wardflow.export.story.StepView;
import org.wardflow.export.story.StoryStep;
import org.wardflow.export.story.Storyboard;
import org.wardflow.io.demo.DemoData;
import org.wardflow.io.project.ProjectException;
import org.wardflow.io.project.ProjectFile;
import org.wardflow.io.project.ProjectFile.SourceRef;
import org.wardflow.io.project.ProjectService;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.render.Style;

/**
 * {@code export --project}: the map pages of a project's storyboard steps as PDF, SVG or PNG, each
 * with its manifest. The project's inputs are read (and checked against the hashes it recorded);
 * each step is published through the disclosure gate and the publication ledger with the step's
 * policy, raised to the policy floor when below it; the page is laid out by the {@code export}
 * package (title, legend, scale bar, north arrow, disclosure statement, caveat, protective
 * marking). The project file itself is only read.
 */
final class ExportCommand implements Command {
  private static final Set<String> VALUED =
      Set.of("project", "step", "format", "dpi", "out", "marking");
  private static final Set<String> SWITCHES = Set.of("all");

  @Override
  public String name() {
    return "export";
  }

  @Override
  public String summary() {
    return "export a project's storyboard steps as briefing-paper maps (PDF, SVG, PNG)";
  }

  @Override
  public String usage() {
    return String.join(
        "\n",
        "Usage: wardflow export --project P (--step N | --all) --format pdf|svg|png",
        "                       [--dpi D] [--marking TEXT] --out DIR",
        "",
        "Exports the map pages of a project's storyboard (saved with File > Save Project in",
        "the desktop app) without a display: one file per step, A4 landscape, with the",
        "title, legend, scale bar, north arrow, the disclosure statement of the step's",
        "policy, the exploratory caveat, SYNTHETIC/FICTIONAL labels, data sources, and the",
        "protective marking top and bottom; a record of settings FILE.manifest.json is",
        "written beside every file. Each step is published through the disclosure gate with",
        "its own policy, raised to the policy floor when below it, and checked against the",
        "project's publication ledger (a step refused by the differencing guard is not",
        "written). The project's inputs are read from the paths it recorded and must still",
        "have the same content; the project file is never modified.",
        "",
        "  --project P       the .wardflow project file",
        "  --step N          export step N (1 = the first step)",
        "  --all             export every step",
        "  --format F        pdf (vector, text as text), svg (vector) or png",
        "  --dpi D           PNG resolution, 36-1200 (default 300); only with --format png",
        "  --marking TEXT    protective marking (default: the project's, else",
        "                    OFFICIAL-SENSITIVE)",
        "  --out DIR         folder to write into (created if needed); files are named",
        "                    step-01-title.pdf and so on",
        "",
        "Exit code: 0 written, 1 written but a step was refused or an input had warnings,",
        "2 the project or one of its inputs cannot be used (missing, changed, not a",
        "project, no such step; nothing written), 64 bad arguments, 70 internal error.");
  }

  @Override
  public int run(String[] args, PrintStream out, PrintStream err) {
    Args a = Args.parse(args, RenderCommand.union(VALUED, SWITCHES), SWITCHES);
    if (!a.positional().isEmpty()) {
      throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
    }
    Path projectFile = a.requirePath("project");
    boolean all = a.has("all");
    if (all == a.has("step")) {
      throw new UsageException("give either --step N or --all");
    }
    int stepNumber = all ? 0 : a.getInt("step", 1);
    if (!all && stepNumber < 1) {
      throw new UsageException("--step counts from 1, was " + stepNumber);
    }
    ExportFormat format;
    try {
      format = ExportFormat.parse(a.require("format"));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format must be pdf, svg or png, was '" + a.get("format") + "'");
    }
    if (a.has("dpi") && format != ExportFormat.PNG) {
      throw new UsageException("--dpi applies to --format png only");
    }
    int dpi = a.getInt("dpi", ExportOptions.DEFAULT_DPI);
    if (dpi < 36 || dpi > 1200) {
      throw new UsageException("--dpi must be 36-1200 (150, 300 or 600 are usual), was " + dpi);
    }
    String outValue = a.require("out");

    ProjectService service = new ProjectService(AppVersion.get());
    ProjectService.Opened opened;
    try {
      opened = service.open(projectFile);
    } catch (ProjectException e) {
      throw new InputException("--project: " + e.getMessage());
    }
    if (!opened.report().allUsable()) {
      throw new InputException(
          "--project: "
              + projectFile
              + " cannot be exported as it is: "
              + opened.report().summary()
              + " Open the project in the desktop app to locate the file, then save it.");
    }
    ProjectFile project = opened.project();
    Storyboard board;
    DisclosurePolicy projectPolicy;
    try {
      board = ProjectCodec.toStoryboard(project.storyboard());
      projectPolicy = ProjectCodec.toPolicy(project.policy());
    } catch (IllegalArgumentException e) {
      throw new InputException(
          "--project: " + projectFile + " has a setting Wardflow cannot use: " + e.getMessage());
    }
    if (board.isEmpty()) {
      throw new InputException(
          "--project: "
              + projectFile
              + " has no storyboard steps. Add steps in presentation mode, save the project,"
              + " then export.");
    }
    if (!all && stepNumber > board.size()) {
      throw new InputException(
          "--step "
              + stepNumber
              + ": "
              + projectFile
              + " has "
              + board.size()
              + (board.size() == 1 ? " step" : " steps")
              + " (1-"
              + board.size()
              + ").");
    }

    Inputs in = new Inputs(err);
    Loaded data = load(project, in, err);
    Path dir = Inputs.outputDir("--out", outValue);
    String marking =
        a.get(
            "marking",
            project.marking().isEmpty() ? LayoutSpec.DEFAULT_MARKING : project.marking());
    PublicationLedger ledger;
    try {
      ledger = ProjectCodec.toLedger(project.ledger());
    } catch (RuntimeException e) {
      err.println(
          "warning: the publication ledger in "
              + projectFile
              + " could not be read; the steps are checked against each other only");
      in.warned();
      ledger = new PublicationLedger();
    }
    FlowFilter filter = ProjectCodec.toFilter(project.filter());
    StepPublisher publisher =
        StepPublisher.throughLedger(ledger, data.cyp, filter, data.geography.wards().name());
    StepSceneFactory scenes = StepSceneFactory.published(data.geography, Style.standard());
    Map<String, String> hashes = new LinkedHashMap<>(in.hashes());
    hashes.put(projectFile.getFileName().toString(), hashOf(in, projectFile));
    ExportOptions options = ExportOptions.of(format).withDpi(dpi).withInputHashes(hashes);

    List<Integer> todo = new ArrayList<>();
    for (int i = 0; i < board.size(); i++) {
      if (all || i == stepNumber - 1) {
        todo.add(i);
      }
    }
    int written = 0;
    for (int i : todo) {
      StoryStep step = board.get(i);
      DisclosurePolicy policy = step.effectivePolicy();
      if (policy.k() < DisclosurePolicy.DEFAULT.floor()) {
        policy = policy.withK(DisclosurePolicy.DEFAULT.floor());
      }
      String label = "step " + (i + 1) + (step.title().isEmpty() ? "" : " (" + step.title() + ")");
      if (policy.k() != step.policy().k()) {
        err.println(
            "note: "
                + label
                + ": threshold raised from k = "
                + step.policy().k()
                + " to the floor of k = "
                + policy.k());
      }
      Publication pub =
          publisher.publish(step, policy, "export " + format.extension() + ": " + step.title());
      if (pub.refused()) {
        err.println("warning: " + label + " was not exported: " + pub.explanation());
        in.warned();
        continue;
      }
      StepView view = scenes.build(step, pub.table());
      String pageTitle =
          step.title().isEmpty()
              ? (project.title().isEmpty() ? "Step " + (i + 1) : project.title())
              : step.title();
      List<String> sources = new ArrayList<>(Attributions.forGeography(data.geography));
      sources.addAll(Attributions.forFlows(pub.table().info()));
      List<String> notes = new ArrayList<>();
      if (!step.floorNotice().isEmpty()) {
        notes.add(step.floorNotice());
      }
      if (!pub.explanation().isEmpty()) {
        notes.add(pub.explanation());
      }
      LayoutSpec layout =
          LayoutSpec.builder()
              .title(pageTitle)
              .subtitle(
                  (project.title().isEmpty() ? "" : project.title() + " · ")
                      + "step "
                      + (i + 1)
                      + " of "
                      + board.size()
                      + (filter.equals(FlowFilter.ALL) ? "" : " · " + filter.describe()))
              .marking(marking)
              .legend(
                  new LegendSpec(
                      StepSceneFactory.WARD_TITLE,
                      view.legend() == null ? List.of() : view.legend().classes(),
                      StepSceneFactory.FLOW_TITLE))
              .policy(policy)
              .datasets(data.geography.info(), pub.table().info())
              .sources(sources)
              .notes(String.join(" ", notes))
              .date(LocalDate.now())
              .build();
      Envelope extent = step.extent();
      if (extent == null) {
        extent = data.geography.wards().extent();
        extent.expandBy(Math.max(extent.getWidth(), extent.getHeight()) * 0.02);
      }
      Path file =
          dir.resolve(
              String.format(
                  Locale.ROOT, "step-%02d-%s.%s", i + 1, slug(step.title()), format.extension()));
      ExportResult r;
      try {
        r =
            MapExporter.export(
                new MapPage(layout, view.scene(), Style.standard(), extent), options, file);
      } catch (IOException e) {
        throw new InputException(
            "--out: cannot write "
                + file
                + " ("
                + e.getMessage()
                + "); this step was not written.");
      } catch (IllegalArgumentException e) {
        throw new InputException(label + ": " + e.getMessage());
      }
      written++;
      out.println(
          "wrote "
              + r.file()
              + (r.manifest() == null ? "" : " and " + r.manifest().getFileName())
              + " — "
              + label
              + ", k = "
              + policy.k()
              + (policy.roundingBase() > 0 ? ", rounded to " + policy.roundingBase() : ""));
    }
    if (projectPolicy.belowFloor()) {
      err.println(
          "note: the project's working policy (k = "
              + projectPolicy.k()
              + ") is below its floor; each step's own policy was used, at or above the floor");
    }
    out.println(
        "exported "
            + written
            + " of "
            + todo.size()
            + (todo.size() == 1 ? " step" : " steps")
            + " from "
            + projectFile.getFileName()
            + " — exploratory, not predictive");
    return in.exitCode();
  }

  /** The data a project's steps are drawn from. */
  private record Loaded(Geography geography, FlowTable cyp) {}

  private static Loaded load(ProjectFile p, Inputs in, PrintStream err) {
    Path wards = null;
    Path schools = null;
    Path cyp = null;
    Path pupils = null;
    boolean demo = false;
    for (SourceRef s : p.sources()) {
      switch (s.role()) {
        case SourceRef.DEMO -> demo = true;
        case SourceRef.WARDS -> wards = Path.of(s.path());
        case SourceRef.SCHOOLS -> schools = Path.of(s.path());
        case SourceRef.FLOWS -> {
          if (s.id().contains("pupil")) {
            pupils = Path.of(s.path());
          } else {
            cyp = Path.of(s.path());
          }
        }
        default -> {
          // population, indicators and the VRU list are not drawn on step maps
        }
      }
    }
    Geography geo;
    FlowTable table = null;
    if (wards != null && schools != null) {
      geo = in.geography(wards, schools);
    } else if (demo) {
      DemoData d = DemoData.load();
      geo = d.geography();
      table = d.cyp();
      if (wards != null || schools != null) {
        err.println(
            "note: the project mixes the built-in demo with a file; the demo's geography is used");
      }
    } else {
      throw new InputException(
          "--project: the project records no "
              + (wards == null ? "ward boundaries" : "schools")
              + " (nor the built-in demo), so there is no map to export.");
    }
    if (cyp != null) {
      table = in.flows("--project (flow table)", cyp, geo);
    } else if (table == null && pupils != null) {
      table = in.flows("--project (flow table)", pupils, geo);
    }
    if (table == null) {
      throw new InputException(
          "--project: the project records no flow table, so there are no published figures"
              + " to export.");
    }
    return new Loaded(geo, table);
  }

  private static String hashOf(Inputs in, Path f) {
    try {
      return in.hash(f);
    } catch (RuntimeException e) {
      return "";
    }
  }

  static String slug(String title) {
    String s =
        title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (s.length() > 40) {
      s = s.substring(0, 40).replaceAll("-+$", "");
    }
    return s.isEmpty() ? "map" : s;
  }
}
