/** Original starter readings for the demo library, written for Gantry. */
export interface StarterReading {
  slug: string; // kebab-case, unique, e.g. 'ct-x-ray-tube-and-generator'
  title: string; // ≤ 120 chars
  summary: string; // one or two sentences, ≤ 300 chars
  minutes: number; // honest reading time estimate (5–15)
  modalities: string[]; // modality codes, 1–3
  domains: string[]; // exam-domain codes, 1–3
  body: string; // Markdown
}

// Written for study groups; every number is typical or approximate. Manufacturer service
// documentation, the facility's policies and the current regulations always take precedence.
export const STARTER_READINGS: StarterReading[] = [
  // ── General radiography ────────────────────────────────────────────────────────────
  {
    slug: 'rad-x-ray-tube-and-generator',
    title: 'X-ray tubes and high-frequency generators in general radiography',
    summary:
      'How a rotating-anode tube and a high-frequency generator turn facility power into a controlled exposure, the numbers worth knowing, and the faults that show up most often.',
    minutes: 7,
    modalities: ['RAD', 'FLUORO'],
    domains: ['IMAGING_EQUIPMENT', 'ELECTRONICS', 'MAINTENANCE'],
    body: `Radiographic rooms, mobile units and fluoroscopes share one pair: a generator that turns facility power into a timed high-voltage DC supply, and a tube that turns that energy into x-rays and, mostly, heat.

## Inside the tube

- **Cathode**: usually two tungsten filaments (small and large focal spot) heated by a few amperes. Filament temperature sets tube current (mA).
- **Anode**: a tungsten-rhenium track on a rotating disc, roughly 3,000–3,600 rpm, or near 10,000 rpm with high-speed stator drives.
- **Housing**: oil-filled for insulation and cooling, with an expansion bellows and a thermal switch. Focal spots are typically about 0.6 and 1.2 mm.
- Only about 1 % of the electron energy leaves as x-rays. Anode and housing heat ratings decide how fast a technologist can work.

## Inside the generator

A high-frequency generator rectifies the incoming line to a DC bus, and an inverter chops it at tens of kilohertz into a compact high-voltage transformer and rectifier. Output is close to constant potential: ripple of a few percent, against 100 % for old single-phase units. Typical ranges are 40–150 kVp, up to about 800 mA, times down to about 1 ms, and 30–80 kW for fixed rooms, which run from three-phase power (480 V or 208 V). A weak, high-impedance supply shows up as kV droop or "line low" errors on large exposures.

## Common faults

| Symptom | Likely cause | First check |
|---|---|---|
| Exposure aborts with a kV or mA error | Tube arcing, HV cable or connector breakdown | Error log, arc counts, warm-up history |
| Rotor fault or prep hangs | Stator winding, shift capacitor, worn bearings | Stator resistance, boost timing, coast-down noise |
| Light images, low output | Filament aging, kV or mA calibration drift | Non-invasive kVp and mAs measurement against spec |
| Faults only on big techniques | Undersized feeder, loose lug, lost phase | Line voltage under load with a power-quality meter |

## Working safely

DC bus capacitors and HV cables can hold a lethal charge after power is removed. Follow the manufacturer's service documentation, lock out and tag out the disconnect, and verify zero energy before opening any HV assembly. Warm-up routines after idle periods protect the anode and reduce arcing.

### Check yourself

- Explain why a high-frequency generator has less ripple than a single-phase one, and what that changes in the beam.
- A room faults only on high-mA chest techniques in the afternoon. Which facility-power measurements would you take, and where?
- Which tube components limit how many exposures can be taken in a row, and how does the system protect them?
`,
  },
  {
    slug: 'rad-digital-detectors-cr-and-dr',
    title: 'Digital radiography detectors: CR plates, flat panels and calibration',
    summary:
      'Storage-phosphor CR and flat-panel DR compared, how gain and offset calibration works, what exposure index values mean, and how common detector artifacts point to their cause.',
    minutes: 6,
    modalities: ['RAD'],
    domains: ['IMAGING_EQUIPMENT', 'MAINTENANCE'],
    body: `Most radiographs now land on one of two kinds of digital receptor, and they fail in different ways.

## Computed radiography (CR)

- A cassette holds an imaging plate coated with a storage phosphor (typically europium-doped barium fluorohalide). Exposure leaves a latent image as trapped electrons.
- The reader scans the plate with a red laser; the plate releases blue light that a light guide and photomultiplier collect. A bright erase lamp then clears the plate.
- Latent images fade and idle plates collect background radiation, so plates are read promptly and erased if unused.
- Wear items: scratched plates, dusty light guides, rollers and belts, weak erase lamps.

## Flat-panel DR

- **Indirect conversion**: a scintillator (cesium iodide or gadolinium oxysulfide) makes light that an amorphous-silicon photodiode and thin-film transistor array reads out.
- **Direct conversion**: an amorphous-selenium layer under a bias voltage turns x-rays straight into charge; common in mammography.
- Pixel pitch is roughly 100–200 µm. Wireless panels add batteries, Wi-Fi pairing and the biggest risk: being dropped.

## Calibration

A panel is corrected with three maps: **offset** (dark image), **gain** (flat field at a specified kVp, filtration and distance) and **defect** (pixels and lines to interpolate). Recalibrate after a panel swap, major software changes and at the manufacturer's interval, using exactly the setup the procedure specifies.

## Exposure indicators

The IEC exposure index (EI) is proportional to detector air kerma. With a target (EIT) per exam, the deviation index is DI = 10 log10(EI/EIT): DI = +1 is about 26 % more exposure than intended, +3 about double. Older vendor indices differ, so know which one a site uses.

| Artifact | Likely cause | First action |
|---|---|---|
| Fine lines in one direction | Bad readout line, stale defect map | Recalibrate, review defect map |
| Ghost of the previous image | Weak CR erase, DR lag after a heavy exposure | Erase lamp; wait, recalibrate |
| Moiré pattern | Grid frequency against pixel pitch | Grid type and orientation |
| Missing images from a wireless panel | Battery, link quality, pairing | Signal strength, battery health |
| Brightness gradient across the field | Gain map made at another distance | Recalibrate at clinical SID |

### Check yourself

- Compare how an indirect and a direct flat panel convert x-ray energy into a signal.
- A site's chest images average DI +3. What does that mean for dose, and who else should you involve?
- Why does a gain calibration need the same beam conditions the procedure specifies?
`,
  },
  {
    slug: 'rad-mobile-units-batteries-and-power',
    title: 'Mobile radiography: battery packs, chargers, drive systems and electrical safety',
    summary:
      'How portable x-ray units store and deliver energy, how lead-acid and lithium packs age, what the drive and collision systems protect, and the electrical and radiation checks a mobile unit needs.',
    minutes: 6,
    modalities: ['RAD'],
    domains: ['ELECTRONICS', 'SAFETY', 'MAINTENANCE'],
    body: `A mobile unit must deliver tens of kilowatts from an ordinary outlet, or from none. How it stores energy decides most of its failure modes.

## Three power architectures

- **Line-powered**: draws directly from a 120 V or 240 V outlet; output is limited by, and sags with, the branch circuit.
- **Capacitor discharge** (older designs): charges a capacitor bank, then discharges it through the tube. Voltage falls during the exposure: with a 1 µF bank, about 1 kV per mAs, since 1 mAs is 1 mC of charge.
- **Battery-powered high-frequency**: sealed lead-acid blocks in series, or a lithium-ion pack, feed an inverter. The outlet only recharges the pack, which usually also powers the drive motor.

A series string can reach a few hundred volts DC and stays live when unplugged and switched off: follow the manufacturer's isolation and lockout procedure before opening covers.

## Batteries age

- Lead-acid packs lose capacity with deep discharges, heat and time; one weak block pulls the string down. Typical life is a few years.
- Lithium-ion packs rely on a battery management system for balancing and thermal protection. Swollen or damaged packs are a fire risk with special shipping rules.

| Symptom | Likely cause | First check |
|---|---|---|
| Exposure aborts under load | Weak block or string imbalance | Block voltages during a load or capacity test |
| Won't hold a charge overnight | Charger fault, parasitic drain, aged pack | Charger output, standby current |
| Unit creeps or won't drive | Brake, drive enable, motor controller | Enable handle, brake release, error log |
| Collision bumper won't reset | Damaged switch or wiring | Bumper continuity |

## Safety checks on every PM

- **Electrical**: inspect plug, cord and strain relief, then measure protective-earth resistance and leakage current to the facility's standard.
- **Mechanical**: test the enable handle, brakes, speed limits, bumpers and column locks. Counterbalance springs store energy: lock the arm before servicing.
- **Radiation**: the exposure switch should let the operator stand about 2 m (6 ft) from the tube, out of the beam; run the usual beam tests.

### Check yourself

- Why does a capacitor-discharge unit lose kV during an exposure, and why does a battery-powered unit not?
- A battery unit aborts long exposures but passes short ones. Walk through your diagnosis.
- What electrical-safety measurements would you record for a mobile unit, and why do they matter more than for a fixed room?
`,
  },
  {
    slug: 'rad-anatomical-terminology-and-positioning',
    title: 'Anatomical terminology and radiographic positioning for service engineers',
    summary:
      'The planes, directional terms and projection names technologists use, common exam distances and kVp ranges, and why positioning vocabulary helps when you troubleshoot an image-quality complaint.',
    minutes: 6,
    modalities: ['RAD', 'FLUORO'],
    domains: ['ANATOMY'],
    body: `When a technologist reports that "lateral C-spines are noisy", you need their vocabulary to reproduce the problem. The same terms appear in protocol names, AEC choices and DICOM headers.

## Planes and directions

- **Anatomical position**: standing, facing forward, palms forward. Directional terms assume it.
- **Planes**: sagittal (divides left and right; the midsagittal plane is the midline), coronal (front and back), axial or transverse (top and bottom).
- **Directions**: anterior and posterior; superior (cranial) and inferior (caudal); medial and lateral; proximal and distal for limbs; superficial and deep.

## Naming projections

- Projections follow the beam path: **AP** enters the front and exits the back; **PA** the reverse.
- A **lateral** is named for the side nearest the receptor; **obliques** name side and surface, such as RAO or LPO.
- **Decubitus**: lying down with a horizontal beam, to show air-fluid levels.
- Positions: supine (face up), prone (face down), erect, Trendelenburg (head low).

## Landmarks worth knowing

The spine has 7 cervical, 12 thoracic and 5 lumbar vertebrae above the sacrum and coccyx. The jugular notch sits near T2–T3, the xiphoid near T9–T10 and the iliac crests near L4.

| Exam (typical) | Distance (SID) | kVp range | Notes |
|---|---|---|---|
| PA chest, erect | 180 cm (72 in) | 110–125 | Grid; both lateral AEC chambers |
| AP abdomen, supine | 100 cm (40 in) | 70–85 | Bucky grid; AEC per protocol |
| Lateral cervical spine | 150–180 cm | 70–85 | Long distance offsets shoulder-to-receptor gap |
| Hand or foot | 100 cm | 55–65 | Often no grid; manual technique |

Values vary by site and equipment; they are a rough guide, not a protocol.

## Orientation and patient safety

CT, MR and many fluoroscopy systems record how the patient lay, such as head-first supine (HFS). A wrong entry can put wrong left and right labels on images: a patient-safety issue. After a repair, check that orientation markers and labels match what was done.

### Check yourself

- A tech says the "RAO" views look wrong after a software update. What would you ask, and what would you compare?
- Explain why a lateral cervical spine is often taken at a longer SID than an abdomen.
- Which landmark would you expect a technologist to use when centering a lumbar spine, and why does that matter for AEC?
`,
  },
  {
    slug: 'rad-performance-testing-and-regulations',
    title: 'Radiographic performance testing, documentation and the rules behind them',
    summary:
      'The routine beam measurements after service, the test equipment used and typical acceptance values, plus the federal, state, CMS and accreditation rules that shape maintenance and documentation.',
    minutes: 7,
    modalities: ['RAD'],
    domains: ['MAINTENANCE', 'SAFETY'],
    body: `After a tube change, generator repair or PM, an engineer must show the system still produces the beam it claims.

## Test equipment

- A **non-invasive multi-meter** reads kVp, time, air kerma and often HVL and waveform in one shot.
- An **ion chamber** and a **survey meter** cover output and leakage; an alignment tool, light meter and acrylic phantoms cover collimation and AEC.
- Instruments need calibration traceable to national standards; record serial numbers and due dates.

## Typical checks and limits

| Test | Typical acceptance | Tool |
|---|---|---|
| kVp accuracy | Within the manufacturer's tolerance, often about ±5 % | Non-invasive meter |
| Timer accuracy | Within the manufacturer's tolerance | Non-invasive meter |
| Reproducibility | Coefficient of variation of repeated exposures ≤ 0.05 | Dosimeter |
| mA or mAs linearity | Output per mAs at adjacent settings differs by no more than 0.10 times their sum | Dosimeter |
| Half-value layer | At least the federal minimum (about 2.9 mm Al at 80 kVp for current equipment) | Aluminum filters, dosimeter |
| Light field vs x-ray field | Edge misalignment ≤ 2 % of SID | Alignment tool |
| Tube housing leakage | ≤ about 0.88 mGy (100 mR) in one hour at 1 m | Survey meter |

Confirm current figures in the regulation and the manufacturer's specifications.

## The rules

- **FDA performance standard** (21 CFR 1020.30–1020.33) binds manufacturers and anyone assembling certified components. Installing a certified tube housing, collimator or generator generally requires a report of assembly (Form FDA 2579) within 15 days.
- **States** register and inspect x-ray equipment, and many register service providers.
- **CMS** Conditions of Participation let hospitals use alternative maintenance strategies for some equipment, but not for imaging and radiologic equipment: follow the manufacturer's activities and intervals.
- **FDA quality system rules** (21 CFR 820, good manufacturing practice) bind manufacturers and their service arms. Work that significantly changes a device's performance or intended use may be remanufacturing, which FDA treats as manufacturing.
- **Medical device reporting**: hospitals must report device-related deaths and serious injuries; preserve the device and records.
- **Accreditation bodies** expect physicist evaluations and documented corrective action.

## Documentation

Record the complaint, findings, parts, measurements and instruments, and a clear return-to-service statement. If it isn't written down, inspectors treat it as not done.

### Check yourself

- Why does the HVL limit exist, and what could cause a room to fail it after a collimator replacement?
- Describe how you would test reproducibility and linearity with a single dosimeter.
- What documentation would you leave after replacing an x-ray tube, and who needs a copy?
`,
  },

  // ── Fluoroscopy and C-arm ──────────────────────────────────────────────────────────
  {
    slug: 'fluoro-image-chain-and-c-arms',
    title: 'The fluoroscopy image chain: intensifiers, flat panels, dose-rate control and C-arms',
    summary:
      'How image intensifiers and flat-panel detectors produce a live image, how automatic dose-rate control and pulsed fluoroscopy work, and what goes wrong with mobile C-arms.',
    minutes: 7,
    modalities: ['FLUORO'],
    domains: ['IMAGING_EQUIPMENT', 'MAINTENANCE'],
    body: `Fluoroscopy trades image quality for time: many low-dose frames per second, displayed live. Most complaints start in the image chain or its control loop.

## Image intensifier (II)

- X-rays strike a cesium iodide input phosphor; a photocathode turns its light into electrons.
- Focusing electrodes and an anode at roughly 25–30 kV drive the electrons onto a small output phosphor viewed by a camera.
- **Brightness gain** = minification gain × flux gain, typically thousands to tens of thousands, and it falls as the tube ages.
- Weaknesses: pincushion distortion, S-distortion from stray magnetic fields, vignetting and veiling glare.

## Flat-panel detectors

Distortion-free with wider dynamic range, flat panels have replaced most intensifiers. They need offset, gain and defect calibration, and a knock can crack them.

## Automatic dose-rate control

The system samples signal in a central region and adjusts kVp, mA, pulse width and often copper filtration along a programmed curve to hold brightness. A smaller field of view (magnification mode) usually raises detector dose per unit area, so patient dose rate rises too.

## Pulsed fluoroscopy and last image hold

Pulsing at 30, 15 or 7.5 pulses per second (or lower) cuts dose roughly in proportion to pulse rate, using grid-controlled tubes or fast generator switching. Last image hold keeps the final frame on screen so the operator can study it without more radiation.

## Mobile C-arms

A C-arm carries a compact monoblock (tank) generator and a tube with limited heat capacity, so long cases can hit thermal limits. Cables flex and get run over; brakes and monitor carts take abuse.

| Complaint | Likely cause | First check |
|---|---|---|
| Brightness hunts or flickers | Unstable control loop, loose video link | Sampling region, cables, camera gain |
| Edges bent in an S shape | Magnetic field near an II | Move the unit; nearby magnets or motors |
| Noisy image at normal settings | Aged II, miscalibrated control setpoint | Input dose rate against specification |
| Unit stops mid-case | Tank or anode over temperature | Heat status, fans, filters |
| New lines after a bump | Cracked panel or stale calibration | Inspect, recalibrate |

Test with the manufacturer's procedure, protective garments and a phantom, never a person, in the beam.

### Check yourself

- Explain why switching to a smaller field of view raises patient dose rate with most dose-rate control schemes.
- Name two distortions an intensifier shows that a flat panel does not, and their causes.
- A C-arm shuts down after forty minutes of a hip case. What would you examine?
`,
  },
  {
    slug: 'fluoro-dose-rate-limits-and-compliance',
    title: 'Fluoroscopy dose-rate limits, dose displays and compliance testing',
    summary:
      'The federal limits that govern fluoroscopic air kerma rate, source-to-skin distance, timers and dose displays, how they are measured, and how staff are protected during procedures and service.',
    minutes: 7,
    modalities: ['FLUORO', 'IR'],
    domains: ['SAFETY', 'MAINTENANCE'],
    body: `Fluoroscopy can deliver the highest patient doses in diagnostic imaging, so the federal performance standard (21 CFR 1020.32) sets hard limits on how equipment behaves. Service engineers measure them at installation, after repairs and at PM, often alongside the medical physicist.

## Key requirements

| Requirement | Typical value | How it is checked |
|---|---|---|
| Air kerma rate, normal mode | ≤ 88 mGy/min (10 R/min) | Dosimeter, lead or copper attenuator, maximum settings |
| High-level control | ≤ 176 mGy/min (20 R/min), continuous activation, audible signal | Same, in high-level mode |
| Minimum source-to-skin distance | 38 cm fixed, 30 cm mobile, 20 cm for specific surgical uses | Measure to the spacer or collimator face |
| Cumulative timer | Audible signal after 5 minutes, reset required | Run fluoroscopy and listen |
| Dose display accuracy | Within about ±35 % of measured air kerma rate and total | Dosimeter at the reference point |

Recording modes such as cine and DSA fall outside these rate limits, but physicists still measure them. Confirm current figures and measurement geometry (for a C-arm, usually 30 cm from the receptor input surface) in the regulation and the manufacturer's procedure.

## Features that must work

- **Last image hold** and displays of air kerma rate and cumulative air kerma at the operator's position, on equipment made since the mid-2000s.
- **Primary barrier**: the receptor must intercept the beam, and exposure must stop if it is removed.
- **Collimation** keeps the x-ray field within tight limits of the visible image area.
- Deadman exposure switches and working x-ray-on indicators.

Interlocks protect patients and staff. Never bypass them to make a test easier; use the service modes the manufacturer provides.

## Protecting people

- Scatter comes mostly from where the beam enters the patient, so it is greatest on the tube side. Keep the tube under the table and stand on the detector side when possible.
- Lead aprons (0.25–0.5 mm lead equivalent), thyroid collars, leaded glasses, ceiling shields and table skirts. Inspect aprons for cracks on the schedule the facility sets.
- Inverse square: doubling distance quarters the dose rate.
- During service, expose a phantom, step behind a shield when you can, and wear your dosimeter where the facility says.

### Check yourself

- Why does a mobile C-arm have a shorter minimum source-to-skin distance than a fixed room, and how is it enforced?
- Describe how you would verify that a system's displayed cumulative air kerma is accurate enough.
- A surgeon asks you to "turn off the beeping". What is it, and how do you respond?
`,
  },

  // ── Computed tomography ────────────────────────────────────────────────────────────
  {
    slug: 'ct-x-ray-tube-generator-and-gantry',
    title: 'CT x-ray tubes, generators and the rotating gantry',
    summary:
      'What makes a CT tube different from a radiographic one, how power and data cross the slip ring, the mechanical hazards of a fast-spinning gantry, and the faults that announce a failing tube.',
    minutes: 7,
    modalities: ['CT'],
    domains: ['IMAGING_EQUIPMENT', 'ELECTRONICS', 'SAFETY'],
    body: `A CT scanner runs its tube for many seconds at a time while the whole assembly spins several times a second. That combination shapes the design of every subsystem on the gantry.

## The tube

- Large anodes with very high heat storage and fast cooling. Many use liquid-metal (spiral-groove) bearings that stay quiet and rotate continuously; some designs cool the anode directly with oil.
- Typical ranges: 70–140 kVp (some reach 150), up to several hundred mA and beyond 1,000 mA on high-end systems, with generator ratings around 80–120 kW.
- A heat exchanger (oil pump with a fan-cooled radiator, sometimes chilled water) carries heat away. Blocked filters or a failed fan show up as long cooling waits.
- **Flying focal spot**: the electron beam is deflected between positions to improve sampling.
- **Spits (arcs)**: brief high-voltage breakdowns. The generator recovers, but lost views can leave streaks, and a rising arc count often predicts tube failure.

## Power and data on a spinning gantry

Most current scanners feed moderate-voltage power across a **slip ring** of brushes and rings, and generate high voltage on the rotating side. Detector data crosses through a contactless optical or RF link. Brushes wear and shed carbon dust; cleaning and inspection follow the manufacturer's procedure and PPE requirements. Fixed installations usually run from 480 V three-phase with a dedicated feeder and emergency-off circuits.

## Mechanical hazards

Rotation times of roughly 0.25–0.5 s put components under tens of g. Fasteners must be torqued to specification, and nothing loose may be left inside the covers. Work with rotation disabled and locked out, use the mechanical lock, and treat the gantry as capable of moving until proven otherwise.

| Symptom | Likely cause | First check |
|---|---|---|
| Streaks in a few images with arc entries | Tube spits | Arc-count trend, tube usage |
| Frequent cooling waits | Fan, pump, filter, room temperature | Oil flow, fans, ambient temperature |
| Rotation fault or noise | Drive, bearing, encoder, brake | Rotation logs, listen with power locked out |
| Intermittent data errors while rotating | Dirty slip ring or data link margin | Clean and inspect per procedure |
| Generator faults on heavy protocols | Facility voltage sag | Line voltage under load |

### Check yourself

- Explain why CT tubes need far higher heat storage than radiographic tubes.
- What crosses a CT slip ring, and how does each part of that traffic fail?
- A tube's arc count has tripled in a month. What would you tell the site, and what data would you gather?
`,
  },
  {
    slug: 'ct-detectors-das-and-image-quality',
    title: 'CT detectors, data acquisition, calibration and image-quality checks',
    summary:
      'How CT detector arrays and the data acquisition system produce projection data, which calibrations keep them honest, and how rings, streaks and CT-number shifts point to their causes.',
    minutes: 6,
    modalities: ['CT'],
    domains: ['IMAGING_EQUIPMENT', 'MAINTENANCE'],
    body: `Modern scanners are third-generation designs: tube and detector arc rotate together around the patient. Image quality depends on every detector channel behaving exactly like its neighbors.

## Detector and DAS

- The detector arc holds modules of ceramic scintillator (often rare-earth oxysulfide compounds) on photodiodes, with anti-scatter plates in front. Scanners range from 16 to 320 rows, covering up to about 16 cm along the patient per rotation.
- The data acquisition system (DAS) digitizes each channel for roughly a thousand or more views per rotation.
- Detectors are held at a stable temperature; drift shows up as rings.
- Photon-counting detectors (semiconductor sensors that count and sort individual photons by energy) are now in clinical use.

## Calibrations

- **Air calibration**: maps each channel's response with nothing in the beam; typically daily or on a schedule the system prompts.
- **Phantom calibrations**: water or multi-size phantoms set CT-number accuracy and beam-hardening corrections.
- **Geometric and z-axis alignment**: focal spot tracking and collimator position. These follow detector or tube replacement and use the manufacturer's phantoms.

## Quality control

Technologists scan a water phantom daily, checking the CT number of water (0 HU), noise (standard deviation) and uniformity. Air is about −1,000 HU. Acceptable water values are usually within a few HU; accreditation programs commonly use about ±7 HU. Physicists test with accreditation phantoms: CT-number accuracy for several materials, low-contrast detectability, uniformity, high-contrast resolution, slice thickness, laser alignment and table travel.

| Artifact | Likely cause | First check |
|---|---|---|
| Ring or partial ring | One channel or module failed or miscalibrated | Air calibration, detector diagnostics |
| Streaks from one direction | Arc, missing views, DAS errors | Error log, arc count |
| Cupping or dark bands between dense objects | Beam hardening, stale correction | Phantom calibration |
| CT number of water off | Calibration drift, kV error | Water phantom, kV check |
| Banding along z | Module or z-tracking fault | Z-axis profile test |

Metal and patient-motion streaks are physics, not faults, though engineers are often called about them. Show the site a phantom scan before replacing parts.

### Check yourself

- Why does a single bad detector channel produce a ring rather than a streak on a third-generation scanner?
- What does an air calibration correct, and why is it repeated so often?
- Water reads +9 HU in the morning QC. List your checks in order.
`,
  },
  {
    slug: 'ct-dose-metrics-and-radiation-safety',
    title: 'CT dose metrics, dose-check features and radiation safety',
    summary:
      'CTDIvol, DLP and size-specific estimates explained, how dose notifications and alerts work, why protocol changes need clinical sign-off, and how engineers stay safe when scanning during service.',
    minutes: 6,
    modalities: ['CT'],
    domains: ['SAFETY', 'MAINTENANCE'],
    body: `CT produces a large share of medical radiation dose, so scanners report dose indices, warn before unusual exposures, and record what each exam delivered. Engineers measure the indices, keep the features working, and must not change clinical protocols on their own.

## The indices

| Quantity | Unit | What it tells you |
|---|---|---|
| CTDI100 | mGy | Dose measured with a 100 mm pencil ion chamber in a PMMA phantom (16 cm head, 32 cm body) |
| CTDIw | mGy | Weighted average: one third center plus two thirds periphery |
| CTDIvol | mGy | CTDIw divided by pitch; the scanner's output index for a protocol |
| DLP | mGy·cm | CTDIvol times scan length |
| SSDE | mGy | CTDIvol adjusted for patient size |

CTDIvol describes scanner output in a standard phantom, not the dose to a particular patient. A small patient scanned with the body protocol receives more dose than the displayed value suggests, which is why size-specific estimates exist.

## Dose check and records

- **Notification values** warn before a scan whose planned CTDIvol or DLP exceeds a level set per protocol; **alert values** require a deliberate, logged override.
- Industry standards also cover tube-current modulation, reference protocols and the **radiation dose structured report** (RDSR), which sends dose data to dose registries and tracking systems. In the US, Medicare payments are reduced for CT exams on scanners that do not meet the industry dose-optimization standard.
- After a software upgrade, verify that protocols, notification values and RDSR export still work. Protocol changes belong to the physicist, radiologist and lead technologist; the engineer supports them.

## Measuring dose

Physicists or engineers measure CTDI with a calibrated pencil chamber and electrometer, placing the chamber in the center and peripheral holes of the phantom, and compare results with the displayed values and the manufacturer's specifications.

## Staying safe

- Rooms are shielded to a design made by a physicist; report damaged doors or new penetrations in shielded walls.
- Scan during service only from the console with the room clear, or with the manufacturer's approved service setup and shielding.
- Mind table pinch points and gantry tilt. Treat alignment lasers as eye hazards: don't stare into them.

### Check yourself

- Explain why CTDIvol is not the dose a particular patient received.
- What is the difference between a dose notification and a dose alert, and who should set their values?
- After a software upgrade, what would you verify before returning the scanner to clinical use?
`,
  },

  // ── Magnetic resonance imaging ─────────────────────────────────────────────────────
  {
    slug: 'mri-magnet-cryogenics-and-quench',
    title: 'Superconducting MRI magnets: cryogenics, cooling chain and quench',
    summary:
      'How a superconducting magnet stays cold, what the cold head, compressor and chiller each do, which alarms matter, and what happens in a quench, including the vent and oxygen hazards.',
    minutes: 7,
    modalities: ['MRI'],
    domains: ['IMAGING_EQUIPMENT', 'SAFETY', 'MAINTENANCE'],
    body: `Most clinical MRI magnets are superconducting: niobium-titanium coils kept at about 4.2 K (−269 °C) in liquid helium. Once ramped, the current circulates with no supply connected. **The field is always on**, even with every breaker open.

## Field strengths

Clinical systems are mostly 1.5 T or 3 T; open and extremity systems run roughly 0.2–1.2 T, and 7 T is in limited clinical use. Protons resonate at about 42.58 MHz per tesla: about 64 MHz at 1.5 T, 128 MHz at 3 T.

## The cooling chain

- **Cold head**: a two-stage cryocooler on top of the magnet that recondenses boiling helium. Its steady chirp is normal; silence is an alarm.
- **Helium compressor**: supplies high-pressure helium gas to the cold head through flexible lines, and is cooled by chilled water or air.
- **Chiller**: cools the compressor and often the gradients and amplifiers. If it or the power fails, the cold head stops and helium boils off.
- Older magnets hold over 1,000 liters of helium; newer sealed designs far less. Monitoring covers helium level, pressure, cold-head temperature, compressor pressures and water flow.

| Alarm | Likely cause | Response |
|---|---|---|
| Helium level falling | Cold head or compressor stopped | Check compressor, water supply, power; call the magnet specialist |
| Vessel pressure high | Loss of cooling, blocked vent path | Follow the manufacturer's alarm procedure |
| Compressor trip | Water too warm or flow low | Chiller status, filters, valves |
| Cold head silent | Drive or power fault | Power, cables, compressor |

## Quench

A quench is a sudden loss of superconductivity. Stored energy becomes heat and liquid helium flashes to gas, expanding about 750-fold, and leaves through the **quench vent pipe**. If the vent fails, cold gas fills the room: oxygen depletion, frostbite, and pressure that can hold an inward-opening door shut. Sites keep an oxygen monitor and an emergency plan.

- The **emergency run-down (quench) button** is for life-threatening situations, such as a person pinned by a ferromagnetic object, or a fire responders must enter. For a medical emergency, move the patient out instead.
- Ramping, shimming and cryogen work are for trained, authorized specialists with cryogenic PPE.
- Inspect the vent termination and route at PM: caps, supports, blockages and joints.

### Check yourself

- Trace the cooling chain from the helium vessel to the building's chilled water and name what each element does.
- A site loses chilled water overnight. What happens to the magnet, and what should the alarms and response be?
- When is an emergency run-down justified, and what hazards follow one?
`,
  },
  {
    slug: 'mri-safety-zones-and-service-practice',
    title: 'MRI safety for service engineers: zones, projectiles, RF heating and noise',
    summary:
      'The four-zone access model, the 0.5 mT line, why projectiles are the dominant hazard, how MR Safe and MR Conditional labels apply to tools and test equipment, and the RF, gradient and acoustic risks.',
    minutes: 7,
    modalities: ['MRI'],
    domains: ['SAFETY'],
    body: `An MRI suite is one of the few places where a screwdriver can kill. The static field pulls ferromagnetic objects toward the bore with a force that climbs steeply near the magnet's opening. Engineers are exposed every time they enter, so safe habits need to be automatic.

## Zones and screening

- **Zone I**: public areas. **Zone II**: reception and screening. **Zone III**: restricted, entered only by screened people under MR personnel control. **Zone IV**: the magnet room itself.
- The **0.5 mT (5 gauss) line** marks where the fringe field may affect pacemakers and other implants; it must be inside controlled areas or clearly marked.
- Engineers are screened like anyone else: implants, shrapnel, medication pumps, hearing aids.

## Projectiles

Force depends on the field and its spatial gradient, so an object that feels harmless at the door can fly near the bore. Common offenders include oxygen cylinders, tool carts, floor machines, ladders, chairs, and test equipment. Use tools and instruments labeled for the environment, and test anything uncertain with a handheld magnet or ferromagnetic detector before it passes the door.

| Label | Meaning |
|---|---|
| MR Safe | No known hazards in any MR environment |
| MR Conditional | Safe only under stated conditions (field strength, spatial gradient, SAR) |
| MR Unsafe | Keep out of Zone IV |

## Other hazards

- **RF heating**: transmitted RF deposits energy measured as specific absorption rate (SAR). Typical whole-body limits are 2 W/kg in normal mode and 4 W/kg in first-level controlled mode. Damaged coil cables and conductive loops can cause burns, so inspect coils, cables and cable traps.
- **Switched gradients**: rapid field changes can stimulate nerves (peripheral nerve stimulation) and produce noise that can exceed 100 dB. Anyone in the room during scanning, including an engineer running a phantom, needs hearing protection.
- **Cryogens**: see the quench procedure and oxygen monitoring.
- **Electrical**: gradient and RF amplifiers carry high currents and voltages. Follow the manufacturer's service documentation and lockout/tagout, remembering that lockout never removes the static field.

## Emergencies

In a cardiac arrest, take the patient out of Zone IV for resuscitation; crash carts and defibrillators stay out. Fire responders need escorting and briefing: their equipment is mostly ferromagnetic.

### Check yourself

- Why can an object that barely tugs at the door become a projectile a meter from the bore?
- What would you check before taking an oscilloscope or meter into Zone IV?
- Describe two RF-burn mechanisms and how PM inspections help prevent them.
`,
  },
  {
    slug: 'mri-rf-gradients-and-image-quality',
    title: 'MRI RF chain, gradients, RF shielding and image-quality troubleshooting',
    summary:
      'The transmit and receive chain, gradient amplifiers and coils, how the RF-shielded room keeps noise out, and how zipper, spike and SNR problems point to their causes.',
    minutes: 7,
    modalities: ['MRI'],
    domains: ['IMAGING_EQUIPMENT', 'MAINTENANCE'],
    body: `An MR image is built from faint radio signals localized by gradient fields. Most image faults trace to the RF chain, the gradients, or outside noise getting into the room.

## RF transmit and receive

- The RF amplifier produces pulses at the Larmor frequency (about 64 MHz at 1.5 T, 128 MHz at 3 T), with peak powers of many kilowatts, through the body coil or a transmit coil.
- Receive coils are arrays of small elements, each with a low-noise preamplifier; receivers often digitize near the magnet and send data over fiber.
- Center frequency and transmitter gain are calibrated before each exam. Trend them: a drifting center frequency points to a field or shim change.

## Gradients and shims

- Three gradient coils (x, y, z) are driven by amplifiers delivering hundreds of amperes at hundreds of volts or more. Typical strengths are about 30–80 mT/m, with slew rates of 100–200 T/m/s. Coils and amplifiers are water-cooled through the chiller.
- Field homogeneity is set by passive shims (steel pieces) and active shim coils. Poor shim shows as distortion and failed fat suppression.

## The RF-shielded room

A Faraday cage of copper, aluminum or steel surrounds the magnet room. The door seals with contact fingers, pipes and fibers pass through waveguides, and electrical lines pass through filters on the penetration panel. Shielding is typically tested to about 90–100 dB at the operating frequency, at installation and after room changes. Worn door fingers are a common finding.

| Artifact | Likely cause | First check |
|---|---|---|
| Zipper line at a fixed frequency | RF leak or noise source in the room | Door seal, penetration panel, devices brought in |
| Herringbone or spike pattern | Arcing, loose connection, failing lamp | Manufacturer's spike or noise scan, connections |
| Distortion, fat-sat failure | Shim drift, metal in or near the bore | Shim check with phantom, search the bore |
| Low SNR on one coil | Element, preamp or cable fault | Coil test, per-element SNR |
| Ghosts along the phase direction | Gradient or RF instability, motion | Stability test with phantom |

## QC

Accreditation phantom tests measure geometric accuracy, resolution, slice thickness and position, uniformity, ghosting and low-contrast detectability. Keep baselines and compare after repairs.

### Check yourself

- A zipper appears only when a particular injector is in the room. Explain why, and what the fix might be.
- What does a drifting center frequency tell you, and what would you check next?
- Name three routes by which RF noise can enter a shielded room.
`,
  },

  // ── Mammography and breast tomosynthesis ──────────────────────────────────────────
  {
    slug: 'mammo-systems-and-tomosynthesis',
    title: 'Mammography and breast tomosynthesis systems, breast anatomy and standard views',
    summary:
      'Why mammography uses low kVp and special targets, how compression, AEC and detectors work, how tomosynthesis acquires its projections, and the breast anatomy behind the standard views.',
    minutes: 6,
    modalities: ['MAMMO'],
    domains: ['IMAGING_EQUIPMENT', 'ANATOMY'],
    body: `Breast tissues differ only slightly in x-ray attenuation, so mammography uses low energies, small focal spots and firm compression to show fine calcifications and subtle masses.

## The x-ray system

- **Target and filter**: molybdenum, rhodium or tungsten targets with molybdenum, rhodium, silver or aluminum filters. Typical 2D techniques are about 25–35 kVp; tomosynthesis on tungsten systems may go higher.
- **Focal spots**: nominally 0.3 mm for contact views and 0.1 mm for magnification. The cathode faces the chest wall to use the heel effect.
- **Geometry**: source-to-image distance around 65–70 cm; magnification views remove the grid and use an air gap.
- **Compression** reduces thickness, scatter, motion and dose and spreads tissue apart. Paddles come in several sizes, with a force display.
- **AEC** uses regions of the detector to set exposure, so detector calibration matters.
- **Detectors**: mostly direct-conversion amorphous selenium, with pixels roughly 70–100 µm.

## Tomosynthesis (DBT)

The tube sweeps through an arc of roughly 15–50°, taking about 9–25 low-dose projections, and the system reconstructs thin slices, often about 1 mm apart. A synthesized 2D image can be built from the same data. Sweep angle, number of projections and continuous versus step-and-shoot motion trade depth resolution against blur and time.

| Component | Typical value |
|---|---|
| kVp, 2D | 25–35 |
| Focal spots | 0.3 mm and 0.1 mm |
| SID | 65–70 cm |
| DBT sweep | 15–50° |
| Detector pixel | 70–100 µm |

## Breast anatomy and views

- The breast lies over the pectoralis major muscle. Glandular lobes drain through ducts to the nipple, supported by suspensory ligaments and surrounded by fat.
- Much of the glandular tissue lies in the upper outer quadrant, extending toward the axilla.
- Standard screening views are **craniocaudal (CC)**, top to bottom, and **mediolateral oblique (MLO)**, angled roughly parallel to the pectoral muscle.
- Technologists judge an MLO by the pectoral muscle reaching nipple level and a visible inframammary fold. The posterior nipple line on the CC should be close to its MLO length.

When a site reports "blurry images", ask which view and which paddle: motion, compression release and paddle deflection all look like focus problems.

### Check yourself

- Why does mammography use low kVp and K-edge filters, and what does tungsten with silver change?
- Describe how a tomosynthesis acquisition differs from a 2D view, mechanically and in the data it produces.
- Why does the MLO view show more breast tissue near the axilla than the CC view?
`,
  },
  {
    slug: 'mammo-mqsa-qc-and-service',
    title: 'MQSA, mammography quality control and servicing a certified unit',
    summary:
      'What the Mammography Quality Standards Act requires of facilities and equipment, who does which QC tasks, when a medical physicist must evaluate a unit after service, and how engineers document their work.',
    minutes: 7,
    modalities: ['MAMMO'],
    domains: ['SAFETY', 'MAINTENANCE'],
    body: `Mammography is the only US imaging modality with its own federal law for facilities: the Mammography Quality Standards Act (MQSA), implemented in 21 CFR Part 900. A facility must be accredited and FDA-certified (or certified by an approved state), and is inspected every year. Engineers work inside that framework on every visit.

## Equipment requirements

- **Compression**: powered compression must deliver an initial force of about 111–200 N (25–45 lbf), with a display of force and thickness on current systems.
- **Dose**: the average glandular dose for a standard breast phantom must not exceed 3.0 mGy per view.
- AEC, collimation to the chest-wall edge, focal spot and HVL requirements also apply. Confirm the current text of the regulation.

## Who does what

| QC item | Usually done by | Typical frequency |
|---|---|---|
| Phantom image evaluation | Technologist | Weekly |
| Detector flat-field or calibration | Technologist or engineer | Per the manufacturer's QC manual |
| Compression force check | Technologist | Periodically, often semi-annually |
| Review workstation display QC | Technologist | Daily or weekly |
| Dose, HVL, AEC, collimation, image quality | Medical physicist | Annually |
| Mammography equipment evaluation | Medical physicist | At installation and after major repair |

For digital systems, the facility follows the QC manual of the manufacturer or an approved alternative program. Some failures, such as a phantom image below the passing score, mean the unit must not be used clinically until corrected.

## After a repair

A **mammography equipment evaluation** by a medical physicist is required after installation, after a unit is disassembled and reassembled (for example, moved), and after major components such as the x-ray tube or detector are replaced or repaired, before patient use resumes. Lesser repairs still need the relevant QC tests repeated.

- Tell the facility plainly when a repair counts as major, so the physicist can be scheduled.
- Do not release a unit for clinical use ahead of a required evaluation.
- Record calibrations performed (detector, AEC, kV, compression) and the results.

## Documentation

Inspectors review service records, QC logs and corrective actions. A service report should list the complaint, work performed, parts replaced, tests performed with results, and whether a physicist evaluation is needed. Facilities keep these records, so give them a legible copy every time.

### Check yourself

- What makes a repair major under MQSA, and what must happen before the unit is used on patients again?
- Why does the dose limit refer to a standard phantom rather than to individual patients?
- A technologist's weekly phantom image fails after your PM. What are your next steps?
`,
  },

  // ── Ultrasound ─────────────────────────────────────────────────────────────────────
  {
    slug: 'us-transducers-beamforming-and-probe-faults',
    title: 'Ultrasound transducers, beamforming and probe failures',
    summary:
      'How array transducers are built and steered, which frequencies suit which exams, and how dead elements, cable breaks and lens damage show up in the image and on a probe tester.',
    minutes: 7,
    modalities: ['US'],
    domains: ['IMAGING_EQUIPMENT', 'MAINTENANCE'],
    body: `The transducer is the ultrasound system's costliest wear item and its most frequent repair. Its construction explains its failure modes.

## Physics in brief

- Sound travels at about 1540 m/s in soft tissue, so an echo from 1 cm deep returns after about 13 µs. Depth therefore limits the pulse repetition frequency.
- Higher frequency gives finer resolution but less penetration. Roughly 2–5 MHz suits abdominal, obstetric and cardiac work; 5–15 MHz and above suits vascular, musculoskeletal and small parts.
- Doppler shift depends on transmit frequency, blood velocity and the cosine of the beam-to-flow angle, so angle matters.

## Inside the probe

- **Elements**: piezoelectric ceramic (or single-crystal) elements convert voltage to pressure and back. Linear and curved arrays commonly have 128–256 elements; matrix arrays for 3D have thousands.
- **Matching layers** (about a quarter wavelength thick) ease sound into the body; a **backing** layer damps ringing for short pulses; a silicone **lens** focuses the slice.
- **Array types**: linear (rectangular image), curved (wide sector, abdomen), phased (small footprint, steered sector, cardiac), plus endocavity and transesophageal (TEE) probes.
- **Beamforming**: timed delays steer and focus on transmit; on receive the system focuses dynamically at every depth and weights elements to reduce side lobes.

## Failure modes

Probes get dropped, have cables pinched by wheels and chairs, and are soaked in disinfectants. Bite damage is a risk with TEE probes.

| Symptom | Likely cause | First check |
|---|---|---|
| Dark vertical stripe from skin line down | Dead or weak element, cracked crystal, delaminated lens | Probe tester element map; inspect the lens |
| Image drops out when the cable moves | Broken conductors near the strain relief or connector | Flex test while imaging |
| Probe not recognized | Bent or corroded pins, ID fault | Inspect pins; try another port |
| Swelling or bubbles in the lens | Fluid ingress, incompatible disinfectant | Remove from service; leakage test |
| Noise bands across the image | Interference from nearby equipment | Move power source; turn off neighbors |

Probe testers map element sensitivity and capacitance, turning "the image looks streaky" into a documented count of weak elements. Trend the results to guide repair or replacement.

### Check yourself

- Explain why a single dead element produces a dark line running down from the skin surface.
- Why would a phased array be chosen for cardiac imaging rather than a curved array?
- A probe shows a swollen lens after cleaning. What do you do with it, and what do you ask the department?
`,
  },
  {
    slug: 'us-pm-acoustic-output-and-electrical-safety',
    title: 'Ultrasound PM: phantom checks, acoustic output indices and electrical safety',
    summary:
      'A practical PM for ultrasound systems, what a tissue-mimicking phantom can show, what the thermal and mechanical indices mean, and how leakage testing and disinfection rules protect patients.',
    minutes: 7,
    modalities: ['US'],
    domains: ['MAINTENANCE', 'SAFETY'],
    body: `Ultrasound systems are mobile computers with a high-voltage transmitter, rolled between rooms and cleaned constantly. A good PM covers hardware, image and the electrical safety of every probe.

## Routine PM

- Clean air filters and check fans; clogged filters cause overheating and random shutdowns.
- Inspect casters, brakes, control panel, trackball, monitor arm and cables.
- Check the internal battery used for transport or standby, the date and time, and DICOM connections to PACS and worklist.
- Inspect every probe: lens, housing, cable, strain relief and connector.

## Image checks with a phantom

A tissue-mimicking phantom (speed about 1540 m/s, attenuation roughly 0.5–0.7 dB/cm/MHz) allows repeatable measurements:

- Depth of penetration at fixed settings
- Vertical and horizontal distance accuracy
- Axial and lateral resolution using wire or filament targets
- Dead zone near the surface, cyst visibility and uniformity

Save baseline images with the exact preset and settings, and compare at each PM.

## Acoustic output

The system displays a **mechanical index (MI)**, related to cavitation risk, and a **thermal index (TI)**, the ratio of output to the power needed to raise tissue temperature by 1 °C, in soft-tissue, bone and cranial forms. FDA limits for most applications are about 720 mW/cm² derated spatial-peak temporal-average intensity and an MI of 1.9, with much lower limits for ophthalmic use. Field engineers verify that displays work and that presets have not been altered; output measurement itself needs a hydrophone laboratory.

## Electrical safety

Probes are applied parts, usually type BF. Typical IEC 60601-1 limits in normal condition are below:

| Measurement | Typical limit |
|---|---|
| Protective earth resistance | A fraction of an ohm (0.1–0.5 Ω, by standard and cord) |
| Touch (enclosure) current | 100 µA |
| Patient leakage, type BF | 100 µA (500 µA single fault) |
| Patient leakage, type CF | 10 µA (50 µA single fault) |

Use whichever standard your facility's policy names (IEC 62353, NFPA 99 or manufacturer limits); methods differ, so values are not always comparable. TEE probes need regular insulation checks with a dedicated tester because bite damage can expose conductors.

## Disinfection

Endocavity and TEE probes need high-level disinfection between patients. Only the manufacturer's approved agents should be used; incompatible chemicals crack lenses and housings and create leakage paths.

### Check yourself

- What would a steady loss of penetration depth across three PMs suggest, and how would you confirm it?
- Explain what TI and MI each protect against.
- Why must a TEE probe be tested more often than a surface probe, and what damage does the test find?
`,
  },

  // ── Nuclear medicine and PET ───────────────────────────────────────────────────────
  {
    slug: 'nm-gamma-camera-and-spect',
    title: 'Gamma cameras and SPECT: detectors, collimators and quality control',
    summary:
      'How an Anger-type gamma camera turns a gamma photon into a position and an energy, which collimator suits which isotope, the daily and weekly QC, and why crystals crack.',
    minutes: 7,
    modalities: ['NM'],
    domains: ['IMAGING_EQUIPMENT', 'MAINTENANCE'],
    body: `A gamma camera images the patient's own radiation. There is no tube to switch off, so image quality depends on the detector's stability and on careful QC.

## The detector

- **Collimator**: a lead honeycomb that admits only photons traveling roughly perpendicular to the face.
- **Crystal**: thallium-doped sodium iodide, often about 9.5 mm (3/8 in) thick, which emits a flash of light for each absorbed gamma ray.
- **Photomultiplier tubes (PMTs)**: dozens behind a light guide. Relative signal sizes give the event position; the sum gives the energy.
- **Pulse-height window**: accepts events near the photopeak, such as a 20 % window around 140 keV for technetium-99m, and rejects most scatter.
- Corrections for energy, linearity and uniformity are applied to every event. Solid-state cadmium zinc telluride (CZT) cameras skip the crystal and PMTs altogether.

Typical figures: intrinsic resolution about 3–4 mm and energy resolution about 9–10 % at 140 keV.

## Collimators

Low-energy high-resolution or general-purpose collimators suit technetium; medium-energy collimators suit indium-111 and gallium-67; high-energy collimators suit iodine-131 at 364 keV; pinholes are used for thyroids. They weigh tens of kilograms to well over 100 kg, so use the carts and interlocks the manufacturer provides. Detector faces carry touch-sensitive pads that stop motion on contact.

## SPECT

Heads rotate around the patient, stepping and acquiring. **Center-of-rotation** and **multi-head registration** calibrations keep projections aligned; errors blur or ring reconstructed images.

| Test | Typical frequency | Tool |
|---|---|---|
| Energy peaking | Daily | The isotope in use |
| Flood uniformity | Daily | Point source (intrinsic) or sheet source (extrinsic) |
| Resolution and linearity | Weekly | Bar phantom |
| Center of rotation | Weekly to monthly | Point sources, per manufacturer |
| Tomographic performance | Periodically | SPECT phantom, with the physicist |

## Failure modes

- **Cracked crystal** from impact or thermal shock: keep room temperature stable and avoid changes of more than a few degrees per hour.
- **Hydration**: moisture entering the crystal seal causes blotchy, dim areas.
- **PMT failure or drift**: a hot or cold spot shaped like one tube in the flood.
- **Damaged collimator**: non-uniformity that appears only in extrinsic floods.

Before opening covers, have the site confirm the detector and area are free of contamination, and work under the facility's radiation safety rules.

### Check yourself

- Trace a 140 keV photon from the patient to a recorded event, naming each stage.
- An intrinsic flood is uniform but the extrinsic flood shows a cold spot. What does that tell you?
- Why is room temperature control part of gamma camera maintenance?
`,
  },
  {
    slug: 'nm-pet-ct-and-radiation-safety',
    title: 'PET/CT systems and radiation safety in nuclear medicine',
    summary:
      'Coincidence detection, scintillators and time of flight in PET, daily QC and calibration, and the licensing, sealed-source and personal-protection rules engineers work under in a nuclear medicine department.',
    minutes: 6,
    modalities: ['NM', 'CT'],
    domains: ['IMAGING_EQUIPMENT', 'SAFETY'],
    body: `PET images the distribution of positron-emitting tracers, most often fluorine-18 (half-life about 110 minutes). Nearly every PET scanner is now a PET/CT, so an engineer has to work under nuclear medicine rules and CT rules at once.

## How PET detects events

- A positron annihilates with an electron, producing two 511 keV photons traveling in nearly opposite directions.
- A ring of detector blocks records pairs that arrive within a coincidence window of a few nanoseconds. Each pair defines a line along which the event happened.
- Scintillators are lutetium-based crystals (LSO or LYSO: fast, dense, with a small natural background) or bismuth germanate (BGO). Readout is by PMTs or, in digital systems, silicon photomultipliers (SiPMs), whose gain depends on temperature, so cooling matters.
- **Time of flight** measures the arrival difference, typically a few hundred picoseconds, to localize events along each line and improve image quality.
- Corrections cover randoms, scatter, attenuation (from the CT), dead time, decay and detector normalization.

## QC and calibration

- Daily checks use a germanium-68 or sodium-22 source to test detector count rates, energy and timing.
- Normalization and the calibration that ties scanner counts to the dose calibrator keep standardized uptake values (SUVs) accurate.
- PET-to-CT alignment is verified after service that could move either gantry.

## Radiation safety

Nuclear medicine departments operate under a radioactive materials license from the NRC or an Agreement State, with a radiation safety officer. Engineers follow the license and the department's rules.

| Topic | Typical requirement or figure |
|---|---|
| Occupational dose limit | 50 mSv per year effective dose |
| Declared pregnant worker | 5 mSv over the pregnancy |
| Sealed-source leak tests | Commonly every six months |
| Lead half-value layer at 511 keV | About 4 mm (versus well under 1 mm at 140 keV) |

- At 511 keV, aprons give little protection; **time and distance** are the main tools. Injected patients are sources, so plan service when none are nearby.
- Calibration and QC sources are handled only by authorized staff. Don't remove or transport them yourself.
- Before opening covers or removing parts, ask for a contamination survey or wipe test.
- Wear the dosimeter the site issues.

### Check yourself

- Why does PET need no collimator, and what takes its place?
- What does time of flight add, and why is detector temperature important in SiPM systems?
- Which radiation-safety steps would you take before replacing a detector module in a PET/CT used that morning?
`,
  },

  // ── Interventional and cath lab ────────────────────────────────────────────────────
  {
    slug: 'ir-angiography-systems-and-power',
    title: 'Angiography and cath lab systems: architecture, interfaces and power continuity',
    summary:
      'How interventional C-arms, tubes, detectors and tables fit together, which outside systems connect to them, and how UPS and essential power keep a procedure going through an outage.',
    minutes: 7,
    modalities: ['IR', 'FLUORO'],
    domains: ['IMAGING_EQUIPMENT', 'ELECTRONICS'],
    body: `An interventional suite runs long, high-risk procedures, with a patient on the table and a catheter in place. Its design priorities are image quality at low dose, mechanical reach, and staying on when the building power doesn't.

## System architecture

- **C-arms**: single-plane or biplane, floor- or ceiling-mounted, with motorized rotation and angulation. Collision protection uses touch sensors, capacitive proximity sensing and software models of the room.
- **Tubes**: large heat storage, liquid-metal bearings for continuous rotation, and grid switching for sharp, short pulses. Generators are typically around 80–100 kW.
- **Detectors**: flat panels from about 20 cm square (cardiac) to 30×40 cm or larger (peripheral).
- **Modes**: pulsed fluoroscopy; cine or digital acquisition at roughly 7.5–30 frames per second; digital subtraction angiography (DSA), which subtracts a pre-contrast mask; rotational acquisitions with cone-beam CT.
- **Table**: floating top with tilt and height, a weight limit and pinch points.

## Interfaces

Contrast injectors synchronize with exposure; hemodynamic recording systems (often a different vendor) carry ECG and pressures; intravascular imaging, ECG triggering, footswitches, large ceiling displays and PACS complete the picture. Many "imaging" faults turn out to be interface faults, so learn the signal handshake between the x-ray system and the injector.

## Keeping power on

- The room normally runs from 480 V three-phase on the essential electrical system. After a utility failure, the emergency generator must restore the critical branch within 10 seconds.
- A **UPS** bridges that gap for the imaging chain and controls, so fluoroscopy can continue. Many designs back up fluoroscopy and system computers but not full-power acquisition; know what your system supports.

| UPS type | How it works | Typical use |
|---|---|---|
| Standby (offline) | Switches to inverter on failure | PCs, small loads |
| Line-interactive | Regulates voltage, switches on failure | Network closets, workstations |
| Online double conversion | Load always runs on the inverter | Imaging chains, servers, critical loads |

UPS PM includes battery impedance or load testing, runtime checks, temperature, bypass operation and alarm tests. Valve-regulated lead-acid batteries typically last a few years. Transfer tests are coordinated with the department, never during a case, and work inside a UPS follows the manufacturer's procedures and lockout/tagout, since batteries stay live.

### Check yourself

- Sketch the path of power from the utility to the x-ray tube in a cath lab, including the generator and UPS.
- Why is an online double-conversion UPS preferred for an imaging chain?
- An injector won't arm when the C-arm is ready. Which interface checks would you make first?
`,
  },
  {
    slug: 'ir-patient-dose-and-staff-protection',
    title: 'Interventional dose: reference air kerma, skin dose and staff protection',
    summary:
      'The dose quantities an interventional system reports and what each one estimates, the skin-injury thresholds that drive follow-up, and the shielding and habits that protect staff and service engineers.',
    minutes: 7,
    modalities: ['IR', 'FLUORO'],
    domains: ['SAFETY'],
    body: `Long interventional procedures are the one area of diagnostic imaging where radiation can injure skin. Engineers keep the dose displays accurate and the dose-saving features working, and protect themselves in a room full of scatter.

## What the system reports

| Metric | Unit | What it estimates | Limitation |
|---|---|---|---|
| Reference air kerma (Ka,r) | Gy | Air kerma at the reference point, 15 cm from isocenter toward the tube | Ignores table attenuation, backscatter and beam movement |
| Kerma-area product (KAP) | Gy·cm² | Total energy into the patient, related to stochastic risk | Says little about skin dose at one spot |
| Fluoroscopy time | min | Time the beam was on | Ignores dose rate and acquisition runs |
| Peak skin dose | Gy | Highest dose to one skin area | Estimate from models or mapping software |

Displayed air kerma values must agree with measurements within about ±35 %. Dose displays and KAP meters are checked against a calibrated dosimeter at acceptance, after tube or collimator work, and periodically.

## Skin-injury thresholds

- About 2 Gy to one area: transient redness possible.
- About 3 Gy: temporary hair loss.
- Higher single-site doses, roughly 5–10 Gy and above, can cause lasting damage and, at the upper end, ulceration.
- A cumulative peak skin dose above 15 Gy to one field is treated by The Joint Commission as a sentinel event. Professional guidelines recommend patient follow-up at much lower levels, such as about 5 Gy reference air kerma.

## Features engineers keep working

Selectable pulse rates, added copper filtration, last image hold and fluoroscopy store, virtual collimation, dose displays and skin-dose maps. After a software change or repair, confirm they still work and that protocols were not altered; protocol settings belong to the physicist and clinical team.

## Protecting staff

- Scatter at 1 m is very roughly one-thousandth of the patient entrance dose rate, and it is highest on the tube side.
- Lead aprons of 0.25–0.5 mm lead equivalent, thyroid collars, leaded glasses, ceiling-suspended shields and table skirts.
- The lens of the eye is sensitive: regulators and advisory bodies have lowered recommended eye limits, so eyewear and ceiling shields matter.
- During service exposures, use a phantom, stand behind shields or step out, and wear dosimetry where the facility directs.

### Check yourself

- Why can two procedures with the same reference air kerma have very different peak skin doses?
- Which checks would you make after replacing a collimator on a biplane system?
- Describe where to stand during a fluoroscopic test exposure, and why.
`,
  },

  // ── Bone densitometry ──────────────────────────────────────────────────────────────
  {
    slug: 'dexa-principles-and-daily-qc',
    title: 'Bone densitometry (DXA): dual-energy principles, scanner designs and daily QC',
    summary:
      'How dual-energy x-ray absorptiometry separates bone from soft tissue, how scanner designs differ, what T- and Z-scores are, and why phantom QC and cross-calibration matter so much for serial results.',
    minutes: 7,
    modalities: ['DEXA'],
    domains: ['IMAGING_EQUIPMENT', 'MAINTENANCE'],
    body: `A DXA scanner is a measuring instrument more than an imaging device: it must report the same bone density for the same patient year after year, so a small change means real bone change.

## Dual-energy principle

Bone and soft tissue attenuate low- and high-energy x-rays differently, so transmission at two energies lets the system solve for bone mineral and remove soft tissue. Two approaches are common:

- **kVp switching**: the generator alternates between a lower and a higher kVp, often synchronized with the mains, with an internal reference of bone- and tissue-equivalent materials.
- **K-edge filtering**: a constant kVp beam passes a rare-earth filter (such as cerium) that splits the spectrum into two peaks, and energy-discriminating detectors count each.

## Scanner designs

- **Pencil beam**: a single narrow beam and detector raster across the site; slow, with little magnification.
- **Fan beam**: a fan and a detector array sweep the site faster; the software corrects for magnification.
- Effective dose is very low, on the order of a few microsieverts per site, and scatter falls off quickly.

## Results

- **Areal BMD** in g/cm², plus bone mineral content (g) and area (cm²).
- **T-score**: standard deviations from a young-adult reference mean. In the WHO classification for postmenopausal women and older men, −2.5 or below indicates osteoporosis, and −1.0 to −2.5 low bone mass.
- **Z-score**: comparison with an age-matched reference.

## Quality control

Technologists scan the manufacturer's spine phantom daily, and results go onto a control chart. Points outside the tolerance band (commonly about ±1.5 % of the baseline mean) or a sustained shift stop patient scanning until resolved.

| QC finding | Likely cause | Action |
|---|---|---|
| Sudden step in phantom BMD | Service work, source or detector change, software update | Review recent work; contact manufacturer support |
| Slow drift | Source or detector aging, temperature | Trend data, calibration per manufacturer |
| Random scatter above usual | Phantom positioning, mechanical noise | Repeat with careful positioning; check drive and encoders |

After major repairs, a new baseline is set only as the manufacturer directs. When a scanner is replaced, a cross-calibration study keeps patients' serial results comparable. Sites also measure their own **precision error** and derive the **least significant change** (about 2.77 times the precision error) to judge whether a patient's change is real.

### Check yourself

- Explain in your own words how two energies let a DXA scanner separate bone from soft tissue.
- Why would a service repair that leaves images looking perfect still be a problem for a DXA site?
- What is the least significant change, and who uses it?
`,
  },
  {
    slug: 'dexa-anatomy-positioning-and-safety',
    title: 'DXA anatomy, positioning errors and safety',
    summary:
      'The skeletal sites DXA measures, the landmarks and positioning rules behind reproducible results, how artifacts and positioning errors change reported density, and the safety points for a low-dose modality.',
    minutes: 6,
    modalities: ['DEXA'],
    domains: ['ANATOMY', 'SAFETY'],
    body: `Most "bad DXA results" that reach an engineer are positioning or analysis problems, not hardware. Knowing the anatomy and the rules helps you tell the difference quickly.

## Sites and regions

- **Lumbar spine, L1–L4**: vertebrae affected by fracture, surgery or heavy degenerative change are excluded, and at least two evaluable vertebrae are needed. The iliac crests sit near the L4–L5 interspace, and T12 carries the last pair of ribs, which helps count levels.
- **Proximal femur**: femoral neck and total hip are the diagnostic regions. The trochanter and Ward's area are reported by some software but not used for diagnosis.
- **Forearm**: the one-third (33 %) radius of the non-dominant arm, used when hip or spine cannot be measured or interpreted, in hyperparathyroidism, or when a patient exceeds the table limit.

## Positioning rules

- **Spine**: patient supine and centered, spine straight, legs raised on a block to flatten the lumbar curve; the scan runs from mid-L5 to mid-T12.
- **Hip**: leg internally rotated about 15–25° with a foot brace, so the femoral neck is shown at full length and the lesser trochanter is small or hidden; femoral shaft parallel to the table's long axis.
- Follow-up scans must copy the original positioning and analysis regions.

| Error or artifact | Effect |
|---|---|
| Hip externally rotated | Lesser trochanter prominent, neck foreshortened, density changes |
| Spine rotated or off-center | Asymmetric vertebrae, wrong levels labeled |
| Metal (jewelry, snaps, implants) | Falsely high density in the affected region |
| Aortic calcification, osteophytes | Falsely high spine density |
| Recent contrast or nuclear medicine study | Interference; scan postponed per protocol |
| Different positioning at follow-up | Apparent change that isn't real |

## Safety

- Dose is tiny, but this is still x-ray equipment: state registration, shielding design where required, operator credentials set by each state, and pregnancy screening.
- Check collimation and shutter operation, leakage and the x-ray-on indicators at PM.
- The scanning arm moves above a lying patient: test collision stops, the emergency stop and table weight limits (often around 135–230 kg, depending on model).
- Electrical safety checks follow the facility's policy, as for any patient-contact device.

### Check yourself

- Why is the leg internally rotated for a hip scan, and what happens to the result if it isn't?
- Name three things that can make a lumbar spine density falsely high.
- A clinic reports that a patient "lost 6 % in a year". What would you check before suspecting the scanner?
`,
  },

  // ── Dental and panoramic ───────────────────────────────────────────────────────────
  {
    slug: 'dental-intraoral-panoramic-and-cbct-equipment',
    title: 'Dental x-ray equipment: intraoral, panoramic, cephalometric and cone-beam CT',
    summary:
      'How intraoral tube heads, panoramic and cephalometric units and dental cone-beam CT work, their typical technique ranges and receptors, and the faults and PM checks that come up most often.',
    minutes: 7,
    modalities: ['DENTAL'],
    domains: ['IMAGING_EQUIPMENT', 'MAINTENANCE'],
    body: `Dental imaging spans wall-mounted tube heads to cone-beam CT, often in one practice, networked with ordinary office PCs.

## Intraoral units

- A tube head on an articulated arm, typically 60–70 kVp and 4–8 mA, with exposures of a few tenths of a second or less. Older units were self-rectified; current high-frequency "DC" units give steadier output.
- An open-ended position-indicating device (cone) sets distance and field size.
- Hand-held battery units carry a backscatter shield for the operator.

## Panoramic and cephalometric units

- A narrow vertical beam sweeps around the head while the detector moves opposite, imaging a curved **focal trough**. Anatomy outside it blurs or changes width.
- Typical settings: about 60–90 kVp, a few to about 15 mA, scans of roughly 10–20 seconds.
- A cephalometric arm uses a long source-to-image distance (about 1.5 m or more) and ear rods to hold the head.

## Cone-beam CT (CBCT)

A cone beam and flat panel rotate once around the head (180–360°), usually pulsed at about 80–120 kVp, with fields from a few teeth to the whole skull and voxels around 0.1–0.4 mm. It is a CT system in every way that matters: geometry and gain calibrations, ring and streak artifacts, and dose that deserves respect.

## Receptors

Wired CMOS or CCD sensors (USB), storage-phosphor plates read by a scanner, and, rarely now, film. Sensors are bitten, dropped and run over by chairs; plates get scratched.

| Fault | Likely cause | First check |
|---|---|---|
| Tube head drifts after positioning | Worn friction parts or arm springs | Arm tension per manual (springs store energy) |
| Sensor "not detected" intermittently | Damaged cable, USB port or hub | Swap cable and port; inspect strain relief |
| Vertical bands on a panoramic image | Uneven rotation, motor or encoder | Rotation test, mechanics |
| Rings or streaks on CBCT | Stale detector or geometry calibration | Run calibrations with the manufacturer's phantom |
| White specks on plate images | Scratched plates, debris in scanner | Replace plates, clean scanner |

## PM checks

kVp, time and output with a non-invasive meter; beam size and alignment; arm stability; exposure switch and indicators; panoramic and CBCT calibrations; sensors and cables. The oil-filled tube head is sealed: replace it rather than open it unless the manufacturer's documentation says otherwise.

### Check yourself

- Explain what the focal trough is and why a patient's position in it matters.
- How does the exposure geometry of a CBCT differ from a medical multislice CT?
- A practice says images are "fuzzy only on the lower front teeth" on one panoramic unit. Where do you start?
`,
  },
  {
    slug: 'dental-anatomy-positioning-and-safety',
    title: 'Dental anatomy, tooth numbering, panoramic positioning and radiation safety',
    summary:
      'The tooth-numbering systems and dental terms technicians hear every day, how panoramic positioning errors look on the image, and the radiation and equipment rules that apply to dental x-ray units.',
    minutes: 7,
    modalities: ['DENTAL'],
    domains: ['ANATOMY', 'SAFETY'],
    body: `Dental staff describe problems in terms of teeth and views. Knowing that language, and recognizing positioning errors, saves calls that aren't equipment faults.

## Teeth and terms

- Adults have 32 permanent teeth; children have 20 primary teeth.
- **Universal numbering** (US): 1 is the upper right third molar, counting across to 16 at the upper left, then 17 (lower left third molar) back to 32 (lower right). Primary teeth are A–T.
- **FDI numbering**: first digit the quadrant (1 upper right, 2 upper left, 3 lower left, 4 lower right; 5–8 primary), second the position from the midline (1 central incisor to 8 third molar). FDI 36 is Universal 19, the lower left first molar.
- Maxilla is the upper jaw, mandible the lower. Surfaces: mesial (toward the midline), distal, buccal (cheek), lingual or palatal (tongue) and occlusal (biting).
- Views: **bitewing** (crowns and bone between teeth), **periapical** (whole tooth to the root tip), occlusal, panoramic, cephalometric, CBCT.

## Panoramic positioning errors

| Positioning error | What the image shows |
|---|---|
| Chin tipped down | Exaggerated "smile" curve, lower front teeth blurred |
| Chin tipped up | Flat or "frown" curve, hard palate over upper roots |
| Too far forward (or back) in the trough | Front teeth narrow (or wide) and blurred |
| Head turned | Teeth on one side wider than the other |
| Tongue not against the palate | Dark air band over the upper roots |
| Slumped posture | Spine shadow over the front teeth |
| Jewelry or glasses left on | Ghost images on the opposite side, higher and larger |

## Radiation safety

- Rules typically require intraoral units to keep the source at least about 18 cm from the skin, with a field no wider than about 7 cm there. Rectangular collimation cuts dose well below a round cone.
- Fast receptors and correct settings matter; most excess dose comes from repeats.
- Without a barrier, the operator stands about 2 m (6 ft) from the tube head, out of the primary beam. Hand-held units rely on their backscatter shield.
- Guidance on thyroid collars and other patient shielding has been revised; follow current guidance and state rules.
- Units are state-registered and inspected. A drifting tube head is a hazard as well as an image problem.

### Check yourself

- Convert FDI tooth 14 to the Universal system and describe where it is.
- A panoramic image shows a dark band over the upper tooth roots. What caused it, and is it an equipment fault?
- List the features that reduce patient dose from an intraoral unit.
`,
  },

  // ── PACS and imaging informatics ───────────────────────────────────────────────────
  {
    slug: 'pacs-dicom-associations-and-echo',
    title: 'DICOM for service engineers: AE titles, associations and the DICOM echo',
    summary:
      'The pieces of DICOM networking an imaging engineer configures every week, what a DICOM echo does and does not prove, and a step-by-step way to localize a connection failure.',
    minutes: 7,
    modalities: ['PACS'],
    domains: ['IT_NETWORK', 'MAINTENANCE'],
    body: `DICOM is both a file format and a set of network services. Most "images didn't reach PACS" calls come down to a few settings on each end.

## The building blocks

- **Application Entity (AE) title**: a DICOM application's name, up to 16 characters; treat it as case-sensitive.
- **The triad**: AE title, IP address and port; each side must know the other's. Port 104 is traditional, 11112 the registered alternative, 2762 for DICOM over TLS.
- **SCU and SCP**: the service class user asks, the provider answers. A modality is usually a storage SCU, a PACS a storage SCP.
- **Association**: before data moves, the SCU proposes presentation contexts (a SOP class, such as CT Image Storage, plus transfer syntaxes such as implicit VR little endian or JPEG lossless), and the SCP accepts or rejects each.
- **Conformance statement**: the manufacturer's list of supported SOP classes, transfer syntaxes and roles.

## Common services

- **C-ECHO** (verification): an association and a trivial request.
- **C-STORE** sends an object; **storage commitment** asks the archive to confirm it has taken responsibility before the modality deletes its copy.
- **C-FIND** queries; **C-MOVE** makes the SCP open a *new* association to a named destination and send the studies there.

## What an echo proves

A successful echo shows the path, port and AE titles work. It does not prove that a given SOP class or syntax will be accepted, that the archive has space, or that images will be filed correctly.

| Result | Meaning | Next step |
|---|---|---|
| Ping fails | No IP path, or ICMP blocked by policy | Link, IP settings, VLAN; ask the network team |
| Ping works, echo refused or times out | Wrong port, service down, firewall | Verify port; TCP test to it |
| Rejected: called AE not recognized | AE title typo or case | Compare both ends exactly |
| Rejected: calling AE not recognized | Modality not registered on the PACS | Add it on the PACS |
| Echo works, store fails | SOP class or syntax refused, disk full | PACS logs, conformance statements |
| Query works, retrieve fails | Destination unknown to PACS, inbound port blocked | Destination entry, firewall |

Most modalities have an echo button; open-source toolkits offer command-line versions. Packet captures contain patient information: use them only with permission.

### Check yourself

- Why can a C-FIND succeed while a C-MOVE to the same workstation fails?
- What does storage commitment protect against?
- List the settings you would compare on both sides when a new CT cannot send to PACS.
`,
  },
  {
    slug: 'pacs-orders-worklists-and-hl7',
    title: 'From order to archive: HIS, RIS, HL7, modality worklist and MPPS',
    summary:
      'How a patient registration and an order become a worklist entry, a study and a report, which HL7 messages and DICOM services carry each step, and how to troubleshoot missing worklists and mismatched studies.',
    minutes: 7,
    modalities: ['PACS'],
    domains: ['IT_NETWORK'],
    body: `Most imaging data errors start before the first exposure: at registration, ordering or worklist selection. Engineers own the modality side and must know the rest well enough to call the right team.

## The workflow

1. **Registration**: the hospital information system (HIS) or EHR sends HL7 v2 ADT messages, such as A04 (register outpatient), A08 (update) and A40 (merge).
2. **Order**: an order message (often ORM^O01) reaches the radiology information system (RIS), which schedules it and assigns an **accession number**.
3. **Worklist**: the RIS or a broker provides the **modality worklist**; the modality queries it with a DICOM C-FIND keyed on scheduled station AE title, modality and date.
4. **Acquisition**: the technologist picks the entry, so demographics and accession number flow into the image headers.
5. **Performed procedure step (MPPS)**: the modality reports "in progress", then "completed" or "discontinued".
6. **Storage and reporting**: images go to PACS; the report returns to the EHR as an ORU^R01 result.

HL7 v2 messages are text segments (MSH header, PID patient, PV1 visit, ORC and OBR order, OBX result) sent over TCP with acknowledgments; interface engines route and queue them. Newer interfaces may use HL7 FHIR.

## Key identifiers

| Identifier | Where it lives | Why it matters |
|---|---|---|
| Patient ID and issuer | HIS, headers (0010,0020) | Links images to the right record |
| Accession number | RIS, headers (0008,0050) | Links the study to the order and report |
| Study instance UID | Headers (0020,000D) | Must be unique; duplicates merge unrelated studies |
| Scheduled station AE title | Worklist entry | Decides which modality sees the order |

## Troubleshooting

- **Empty worklist**: query too narrow (AE title, date, modality code), provider down, or order scheduled to another room. Broaden the query; echo the provider.
- **Patient missing from one modality**: order status or modality code in the RIS.
- **Unmatched studies in PACS**: demographics typed by hand instead of chosen from the worklist. Authorized PACS staff correct them.
- **Name updates not reaching PACS**: ADT interface queued or down.
- **Garbled accented names**: character-set settings differ between systems.
- **Timestamps out of order**: modality clock not synchronized; configure network time.

Don't edit patient data unless your role authorizes it, and treat screenshots as protected health information.

### Check yourself

- Trace an outpatient CT order from registration to a signed report, naming each message or service.
- Why does choosing from the worklist prevent more errors than careful typing?
- A modality's worklist shows yesterday's patients only. What would you check?
`,
  },
  {
    slug: 'pacs-networking-and-cybersecurity',
    title: 'Networking and cybersecurity for imaging devices',
    summary:
      'The IP settings and command-line tools an engineer needs to localize a network fault, and the security practices, documents and rules that govern connected imaging equipment.',
    minutes: 7,
    modalities: ['PACS'],
    domains: ['IT_NETWORK', 'SAFETY'],
    body: `Every modality is now a networked computer holding protected health information, often on an operating system the manufacturer must validate before patching. Engineers need enough networking to find faults and enough discipline not to create security ones.

## Network basics

- **Addressing**: static addresses or DHCP reservations keep PACS entries valid. Each device needs the right **subnet mask** and **default gateway**; without a gateway it reaches only its own subnet.
- **DNS** resolves names; many DICOM setups use IP addresses to avoid depending on it.
- **VLANs** separate medical devices from general traffic; the switch port must be on the right one.
- **Duplex mismatch** between device and switch causes slow transfers and errors while the link looks fine.

Tools: ipconfig or ip for settings, ping, traceroute, nslookup, arp for duplicate addresses, a TCP test to a specific port, and a cable tester. Ask the network team before capturing packets.

| Symptom | Likely layer | First check |
|---|---|---|
| No link light | Physical | Cable, patch panel, port enabled |
| Link up, can't reach the gateway | Addressing or VLAN | IP, mask, gateway; port VLAN |
| Local PACS works, remote site doesn't | Routing or firewall | Traceroute; firewall rules |
| Transfers slow, interface errors | Duplex mismatch or bad cable | Interface counters, port settings |
| Drops in and out | Duplicate IP address | ARP table, conflict messages |

## Cybersecurity practice

- The **MDS2** form (Manufacturer Disclosure Statement for Medical Device Security) describes a device's security features; hospitals use it for risk assessment.
- Install patches and anti-malware only as validated by the manufacturer, and press for timely updates.
- Remove default passwords, disable unused services, segment devices, restrict USB and removable media, and use the manufacturer's secure remote-service connection.
- HIPAA's Security Rule protects the confidentiality, integrity and availability of electronic health information. Replaced or retired hard drives must be sanitized or destroyed under policy.
- FDA expects makers of connected devices to plan for cybersecurity, including a software bill of materials (SBOM) and an update path.

## If malware is suspected

Isolate the device, tell the facility's security team and the manufacturer, and don't reimage it until told: evidence matters. Note what you saw and when.

### Check yourself

- A modality can ping the PACS but not a reading station on another floor. Which settings and tools would you check?
- Why can't a hospital simply install the latest operating-system patch on a CT console?
- What must happen to a replaced hard drive from an ultrasound system, and why?
`,
  },
  {
    slug: 'pacs-displays-storage-and-downtime',
    title: 'Diagnostic displays, archive storage and PACS downtime planning',
    summary:
      'How diagnostic monitors are calibrated and tested, how image archives protect data, and how UPS, generator power and downtime procedures keep imaging running when systems fail.',
    minutes: 7,
    modalities: ['PACS', 'MAMMO'],
    domains: ['MAINTENANCE', 'ELECTRONICS', 'IT_NETWORK'],
    body: `A PACS is only as good as the radiologist's screen and an archive that still holds the images years later. Both need maintenance, and the system needs a plan for power or network failures.

## Diagnostic displays

- Displays are calibrated to the **DICOM Grayscale Standard Display Function** (Part 14), so equal steps in pixel value look like equal steps in brightness to a human observer.
- Medical-grade monitors use backlight stabilization and built-in sensors; QC software logs results.
- Testing follows published methods using test patterns and a calibrated luminance meter or photometer.

| Check | Typical target |
|---|---|
| Maximum luminance, diagnostic | At least about 350 cd/m² (higher, about 420, for mammography) |
| Luminance ratio (max/min) | At least about 250 |
| Uniformity | Within about 30 % across the screen |
| GSDF conformance | Within about ±10 % of the target curve |
| Ambient light | Low, controlled, included in calibration |

Mammography reading uses high-resolution (typically 5-megapixel) displays that must meet the facility's mammography QC program.

## Archive storage

- Images typically pass through fast short-term storage to a long-term archive or vendor-neutral archive, sometimes in the cloud.
- **RAID** protects against disk failure: RAID 1 mirrors, RAID 5 survives one disk failure and RAID 6 two. RAID is not a backup; a second copy in another location is.
- Retention periods come from state law and other rules. Mammograms, for example, must be kept at least five years, or ten if the woman has no further mammograms at that facility.
- Watch capacity, failed-disk alerts and replication status as part of routine checks.

## Power and downtime

- Servers, storage and network switches (including the closets feeding modalities) need **UPS** protection sized to carry the load until the emergency generator takes over, or to shut down cleanly. Online double-conversion units are typical for data centers.
- Test UPS batteries and transfer on schedule with the facility, and keep alarm notifications working.
- Modalities keep images locally and queue them when PACS is down; make sure local disks have room for a long outage.
- **Downtime procedures**: paper or local ordering, manual patient entry rules, and reconciliation afterwards so every study reaches the right record.
- Disaster recovery and failover to a secondary site should be tested, not assumed.

### Check yourself

- Why are diagnostic displays calibrated to a perceptual curve rather than to a straight line of luminance?
- Explain why RAID 6 is not a backup, and what is.
- During a four-hour PACS outage, what must the modalities and the department do, and what happens afterwards?
`,
  },
];
