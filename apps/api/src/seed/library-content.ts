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
    minutes: 8,
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
| Light images, low output | Filament ageing, kV or mA calibration drift | Non-invasive kVp and mAs measurement against spec |
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
    minutes: 8,
    modalities: ['RAD'],
    domains: ['IMAGING_EQUIPMENT', 'MAINTENANCE'],
    body: `Most radiographs now land on one of two kinds of digital receptor, and they fail in different ways.

## Computed radiography (CR)

- A cassette holds an imaging plate coated with a storage phosphor (typically europium-doped barium fluorohalide). Exposure leaves a latent image as trapped electrons.
- The reader scans the plate with a red laser; the plate releases blue light that a light guide and photomultiplier collect. A bright erase lamp then clears the plate.
- Latent images fade and idle plates collect background radiation, so plates are read promptly and erased if unused.
- Wear items: scratched plates, dusty light guides, rollers and belts, weak erase lamps.

## Flat-panel DR

- **Indirect conversion**: a scintillator (caesium iodide or gadolinium oxysulfide) makes light that an amorphous-silicon photodiode and thin-film transistor array reads out.
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
    minutes: 7,
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
    minutes: 7,
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
- Which landmark would you expect a technologist to use when centring a lumbar spine, and why does that matter for AEC?
`,
  },
  {
    slug: 'rad-performance-testing-and-regulations',
    title: 'Radiographic performance testing, documentation and the rules behind them',
    summary:
      'The routine beam measurements after service, the test equipment used and typical acceptance values, plus the federal, state, CMS and accreditation rules that shape maintenance and documentation.',
    minutes: 8,
    modalities: ['RAD'],
    domains: ['MAINTENANCE', 'SAFETY'],
    body: `After a tube change, generator repair or PM, an engineer must show the system still produces the beam it claims.

## Test equipment

- A **non-invasive multi-meter** reads kVp, time, air kerma and often HVL and waveform in one shot.
- An **ion chamber** dosimeter and a **survey meter** cover output and leakage; a beam-alignment tool, light meter and acrylic or water phantoms cover collimation and AEC.
- Every instrument needs calibration traceable to national standards; record its serial number and due date.

## Typical checks and limits

| Test | Typical acceptance | Tool |
|---|---|---|
| kVp accuracy | Within the manufacturer's tolerance, often about ±5 % | Non-invasive meter |
| Timer accuracy | Within the manufacturer's tolerance | Non-invasive meter |
| Reproducibility | Coefficient of variation of repeated exposures ≤ 0.05 | Dosimeter |
| mA or mAs linearity | Output per mAs at adjacent settings differs by no more than 0.10 times their sum | Dosimeter |
| Half-value layer | At least the federal minimum for the kVp (about 2.9 mm Al at 80 kVp for current equipment) | Aluminium filters and dosimeter |
| Light field vs x-ray field | Edge misalignment ≤ 2 % of SID | Alignment tool |
| Tube housing leakage | ≤ about 0.88 mGy (100 mR) in one hour at 1 m | Survey meter |

Confirm current figures in the regulation and the manufacturer's specifications.

## The rules

- **FDA performance standard** (21 CFR 1020.30–1020.33) binds manufacturers and anyone assembling certified components. Installing a certified tube housing, collimator or generator generally requires a report of assembly (Form FDA 2579) within 15 days.
- **States** register and inspect x-ray equipment, and many register service providers.
- **CMS** hospital Conditions of Participation allow alternative maintenance strategies for some equipment, but imaging and radiologic equipment must be maintained to the manufacturer's recommended activities and intervals.
- **Accreditation bodies** expect periodic medical physicist evaluations and documented corrective action.

## Documentation

A good record states the complaint, findings, parts replaced, measurements and instruments used, and a clear return-to-service statement. If it isn't written down, an inspector treats it as not done.

### Check yourself

- Why does the HVL limit exist, and what could cause a room to fail it after a collimator replacement?
- Describe how you would test reproducibility and linearity with a single dosimeter.
- What documentation would you leave after replacing an x-ray tube, and who needs a copy?
`,
  },
];
