"""Demo data: half a year of a small office's service desk, generated fast and the same for the same seed.

generate_demo() fills an opened (migrated and seeded) database with requesters, a few agents and as many
tickets as asked. Each ticket gets a plausible story, recorded the way the services record one: who logged
it and how, the assignment, replies and notes, an escalation, waiting on the requester, the fix and the
closing, with audit rows for the creation, assignments and status changes, and times that follow each other.

Speed (100,000 tickets in under a minute on two cores) comes from three things:

- No ORM objects: rows are tuples, written through the raw sqlite3 connection of one write transaction, so
  a cancel (or any error) leaves nothing behind.
- Two threads: a worker tells the next batch of stories while the main thread writes the current one. Each
  batch is first staged in temp tables (row by row, while the worker waits), then moved with one statement
  per table, during which SQLite runs without the GIL and the worker runs alongside.
- The search triggers stay in place and keep the index right, but cheaply: a batch's entries go in before
  its tickets (foreign keys deferred to the commit), so the entry trigger finds no search row to rewrite yet;
  the tickets then go in with one INSERT ... SELECT (FTS5 takes the batch in one statement instead of
  flushing on every row), and each ticket's conversation is written into its search row once, exactly as
  the entry trigger builds it: the empty string, then a newline and the body of each reply and note.
"""

import os
import sqlite3
import time
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import accumulate
from random import Random
from typing import Any
from uuid import uuid4

from sqlalchemy.orm import Session

from deskapp.domain.priority import PriorityMatrix
from deskapp.domain.tickets import Level, Priority, ResolutionCode, Source, Status, TicketType
from deskapp.domain.time import Clock, system_clock, to_epoch
from deskapp.services import office
from deskapp.storage.engine import Database, storage_error

Progress = Callable[[int, int], bool]

BATCH = 2000
DAY = 86_400
HOUR = 3_600
HISTORY_DAYS = 182
DOMAIN = "harbourfinch.example"
CACHE_KIB = 131_072  # page cache while generating: the uuid indexes are written all over
TEMP_CACHE_KIB = 65_536  # keeps the staged batch in memory

# --- people ------------------------------------------------------------------------------------------------

FIRST_NAMES = (
    "Aisha",
    "Alex",
    "Amelia",
    "Anna",
    "Ben",
    "Carla",
    "Chloe",
    "Daniel",
    "David",
    "Deepa",
    "Eleanor",
    "Ella",
    "Emily",
    "Fatima",
    "Finn",
    "Freya",
    "George",
    "Grace",
    "Hannah",
    "Harry",
    "Isaac",
    "Isla",
    "Jack",
    "James",
    "Jasmine",
    "Joe",
    "Kate",
    "Katie",
    "Leo",
    "Liam",
    "Lucy",
    "Maria",
    "Mark",
    "Martin",
    "Maya",
    "Mohammed",
    "Nadia",
    "Nathan",
    "Neil",
    "Nina",
    "Oliver",
    "Olivia",
    "Omar",
    "Paul",
    "Peter",
    "Priya",
    "Rachel",
    "Rob",
    "Ruth",
    "Sam",
    "Sara",
    "Sean",
    "Simon",
    "Sophie",
    "Tariq",
    "Tom",
    "Wei",
    "Will",
    "Yusuf",
    "Zoe",
)
LAST_NAMES = (
    "Ahmed",
    "Allen",
    "Bailey",
    "Baker",
    "Bennett",
    "Brooks",
    "Campbell",
    "Carter",
    "Chen",
    "Clarke",
    "Collins",
    "Cooper",
    "Davies",
    "Edwards",
    "Evans",
    "Fisher",
    "Fletcher",
    "Foster",
    "Gray",
    "Green",
    "Hall",
    "Harris",
    "Hughes",
    "Hussain",
    "Jackson",
    "James",
    "Jenkins",
    "Johnson",
    "Kaur",
    "Kelly",
    "Khan",
    "King",
    "Lewis",
    "Marshall",
    "Mason",
    "Mitchell",
    "Moore",
    "Morgan",
    "Murphy",
    "Nowak",
    "Owen",
    "Parker",
    "Patel",
    "Phillips",
    "Price",
    "Reid",
    "Richards",
    "Roberts",
    "Robinson",
    "Russell",
    "Shaw",
    "Singh",
    "Stewart",
    "Taylor",
    "Thomas",
    "Turner",
    "Walker",
    "Ward",
    "Watson",
    "White",
    "Wood",
    "Wright",
    "Young",
)
DEPARTMENTS = (
    ("Finance", 6),
    ("Sales", 9),
    ("HR", 3),
    ("Operations", 7),
    ("Reception", 2),
    ("Management", 4),
    ("Warehouse", 8),
)
REQUESTERS = 40

# (name, email or None, tier of the group they work in)
DEMO_AGENTS = (
    ("Sofia Marsh", f"sofia.marsh@{DOMAIN}", 1),
    ("Ben Adeyemi", f"ben.adeyemi@{DOMAIN}", 1),
    ("Kasia Nowak", f"kasia.nowak@{DOMAIN}", 2),
    ("Luis Ortega", "luis.ortega@kestrel-it.example", 3),
)

# --- words that fill the templates -------------------------------------------------------------------------


def _pick(*options: str) -> Callable[[Random], str]:
    return lambda rng: rng.choice(options)


PLACEHOLDERS: dict[str, Callable[[Random], str]] = {
    "room": _pick(
        "Meeting room Ash",
        "Meeting room Birch",
        "Meeting room Cedar",
        "Meeting room Oak",
        "the boardroom",
        "the training room",
        "Reception",
        "the kitchen",
        "Room 1.04",
        "Room 1.09",
        "Room 2.11",
        "Room 2.14",
        "Room 3.02",
        "the finance office",
        "the warehouse office",
        "the goods-in office",
        "the quiet room",
        "the post room",
        "the sales floor",
        "the HR office",
    ),
    "floor": _pick("ground floor", "1st floor", "2nd floor", "3rd floor", "mezzanine"),
    "pc": lambda rng: f"PC-{rng.randint(100, 999):04d}",
    "laptop": lambda rng: f"LT-{rng.randint(1000, 1399)}",
    "laptop_model": _pick(
        "Dell Latitude 5440",
        "Lenovo ThinkPad T14",
        "HP EliteBook 840",
        "Surface Laptop 5",
        "MacBook Air",
        "Dell Latitude 7340",
    ),
    "desktop_model": _pick("HP EliteDesk 800", "Dell OptiPlex 7010", "Lenovo ThinkCentre M70q"),
    "monitor": _pick("Dell P2422H", "Dell U2723QE", "HP E24 G5", "LG 27UL500", "iiyama ProLite XUB2492"),
    "printer": _pick(
        "FIN-KYO-01",
        "SALES-HP-02",
        "RECEP-HP-01",
        "WH-ZEBRA-01",
        "MGMT-CANON-01",
        "OPS-KYO-02",
        "HR-BRO-01",
        "WH-KYO-03",
    ),
    "printer_error": _pick("C6000", "J-0511", "E-21", "49.4C02", "C3200", "SC 542"),
    "server": _pick("FS01", "DC01", "APP01", "SQL01", "NAS01", "PRINT01", "BACKUP01"),
    "office_app": _pick("Outlook", "Excel", "Word", "Teams", "PowerPoint", "OneNote"),
    "business_app": _pick(
        "Sage 50",
        "Xero",
        "Salesforce",
        "HubSpot",
        "BrightPay",
        "the stock system",
        "the timesheet portal",
        "the booking system",
        "Mintsoft",
        "Pipedrive",
    ),
    "software": _pick(
        "Adobe Acrobat Pro",
        "Zoom",
        "7-Zip",
        "Visio",
        "Power BI Desktop",
        "Notepad++",
        "Google Chrome",
        "Firefox",
        "SketchUp",
        "AutoCAD LT",
        "Snagit",
        "Camtasia",
        "Miro",
        "Slack",
    ),
    "share": _pick(
        r"\\fs01\finance",
        r"\\fs01\sales",
        r"\\fs01\hr",
        r"\\fs01\shared",
        r"\\nas01\scans",
        r"\\fs01\operations",
        r"\\fs01\management",
        r"\\fs01\warehouse",
    ),
    "folder": _pick(
        "Budgets 2026",
        "Supplier contracts",
        "Q3 forecast",
        "Stocktake",
        "Tender - Millbrook",
        "Payroll archive",
        "Brochure refresh",
        "Fleet renewals",
        "Customer onboarding",
        "Health and safety",
    ),
    "spreadsheet": _pick(
        "the cashflow workbook",
        "Stock levels.xlsx",
        "the commission sheet",
        "Rota.xlsx",
        "the VAT return file",
    ),
    "document": _pick("the board report", "the tender response", "the staff handbook", "a client proposal"),
    "error": _pick(
        "0x80070005",
        "0x800CCC0E",
        "0x8004010F",
        "error 1603",
        "error 53",
        "0x0000011b",
        "0x80190001",
        "AADSTS50076",
        "0xC004F074",
        "0x80073712",
    ),
    "stop": _pick("MEMORY_MANAGEMENT", "IRQL_NOT_LESS_OR_EQUAL", "CRITICAL_PROCESS_DIED", "0x0000007E"),
    "website": _pick(
        "the HMRC gateway",
        "the bank portal",
        "Companies House",
        "the supplier portal",
        "LinkedIn",
        "the Royal Mail site",
        "the pension provider's site",
        "Dropbox",
    ),
    "client": _pick(
        "Millbrook Foods",
        "Ardent Logistics",
        "Castlegate Homes",
        "Northway Packaging",
        "Greenfield Dental",
        "Orchard Legal",
    ),
    "vendor": _pick("Kestrel IT", "Dell ProSupport", "Xerox Services", "BT Business", "Microsoft support"),
    "isp": _pick("BT Business", "Virgin Media Business", "Zen"),
    "ssid": _pick("HF-Staff", "HF-Guest", "HF-Warehouse"),
    "mobile": _pick("iPhone 13", "iPhone 14", "iPhone SE", "Samsung Galaxy A54", "Samsung Galaxy S23", "Pixel 7a"),
    "dl": _pick("sales-team", "all-staff", "finance-approvals", "warehouse-shifts", "hr-confidential", "accounts"),
    "day": _pick("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "time": _pick("9am", "10:30", "11am", "2pm", "3:30pm"),
    "size": _pick("49.9 GB of 50 GB", "99 GB of 100 GB", "14.8 GB of 15 GB"),
    "n": lambda rng: str(rng.randint(2, 12)),
    "ext": lambda rng: str(rng.randint(200, 289)),
    "case": lambda rng: str(rng.randint(10_000_000, 99_999_999)),
    "pct": lambda rng: str(rng.randint(88, 99)),
    "colleague": lambda rng: rng.choice(FIRST_NAMES),
    "newstarter": lambda rng: f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
    "question": _pick(
        "when it last worked properly",
        "whether anyone near you has the same problem",
        "the exact wording of the error message",
        "whether you have restarted since it started",
        "a good time for me to connect remotely",
        "whether it happens on another PC too",
    ),
}


class _Fill(dict[str, str]):
    """Template values, each made on first use and then kept, so a ticket names the same PC throughout."""

    def __init__(self, rng: Random, known: dict[str, str]) -> None:
        super().__init__(known)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        value = PLACEHOLDERS[key](self.rng)
        self[key] = value
        return value


# --- tickets -----------------------------------------------------------------------------------------------

# "Category/Subcategory" -> [(type, subject, description, fix)], "i" incident, "r" service request.
TEMPLATES: dict[str, list[tuple[str, str, str, str]]] = {
    "Hardware/Desktop": [
        (
            "i",
            "PC won't turn on in {room}",
            "My desktop ({pc}) is completely dead this morning: no lights, no fan. I've checked the plug and tried "
            "another socket.",
            "The power supply in {pc} had failed. Swapped it for a spare and the PC boots normally again.",
        ),
        (
            "i",
            "{pc} very slow since {day}",
            "Everything takes ages to open on my PC ({pc}), especially {office_app}. It started on {day} and "
            "restarting hasn't helped.",
            "The disk on {pc} was almost full and a stuck update was using the CPU. Cleared temp files and finished "
            "the update; it's back to normal speed.",
        ),
        (
            "i",
            "Blue screen on {pc} ({stop})",
            "My PC crashed twice this morning with a blue screen saying {stop}. I lost an unsaved {office_app} "
            "file the second time.",
            "Faulty memory module in {pc}; replaced the RAM and ran diagnostics overnight with no errors.",
        ),
        (
            "i",
            "Desktop fan very loud in {room}",
            "The PC under my desk in {room} has started making a loud whirring noise; it's distracting on calls.",
            "Cleaned the dust out of {pc} and replaced the CPU fan. Much quieter now.",
        ),
        (
            "r",
            "New PC for {newstarter} starting {day}",
            "{newstarter} joins the {dept} team on {day} and needs a desktop set up at the desk in {room}.",
            "Built {pc} ({desktop_model}) with the standard image, installed it in {room} and tested the logon.",
        ),
    ],
    "Hardware/Laptop": [
        (
            "i",
            "Laptop battery drains in an hour",
            "My {laptop_model} ({laptop}) goes from full to empty in about an hour, even when I'm only using "
            "{office_app}.",
            "The battery in {laptop} failed the health check; fitted a replacement under warranty.",
        ),
        (
            "i",
            "Laptop screen flickering",
            "The screen on my laptop ({laptop}) flickers and goes black for a second when I move the lid.",
            "The display cable in {laptop} was damaged; {vendor} replaced it under warranty.",
        ),
        (
            "i",
            "Laptop won't work with the docking station in {room}",
            "When I plug my laptop into the dock in {room} I get no screens, no keyboard and no network.",
            "Updated the dock firmware and the laptop's Thunderbolt driver; the dock works again.",
        ),
        (
            "i",
            "Dropped laptop, keyboard not working",
            "I dropped my laptop ({laptop}) on the way to {client} and now the E, R and space keys don't work.",
            "{vendor} replaced the keyboard on {laptop}; all keys tested.",
        ),
        (
            "r",
            "Loan laptop for {day}",
            "I'm working from the Leeds branch on {day} and need a loan laptop with {business_app} on it.",
            "Prepared loan laptop {laptop} with {business_app}; it's waiting at Reception.",
        ),
        (
            "r",
            "New laptop for {newstarter}",
            "Please set up a laptop for {newstarter}, who starts in {dept} on {day}.",
            "Set up {laptop} ({laptop_model}) for {newstarter} with the standard apps and enrolled it in device "
            "management.",
        ),
    ],
    "Hardware/Monitor": [
        (
            "i",
            "Second monitor not detected",
            "My second screen ({monitor}) says 'no signal' since I moved desks to {room}.",
            "Loose DisplayPort cable; replaced it and set up the extended display again.",
        ),
        (
            "i",
            "Monitor has a line down the middle",
            "There's a thin pink line down the middle of my monitor ({monitor}); it's there all the time.",
            "Panel fault on the {monitor}; swapped it for a spare from stock.",
        ),
        (
            "r",
            "Extra monitor for my desk",
            "Could I have a second monitor? I work in {business_app} and spreadsheets side by side all day.",
            "Installed a second {monitor} on a dual arm at the desk in {room}.",
        ),
    ],
    "Hardware/Printer": [
        (
            "i",
            "Printer on {floor} jams on A4",
            "{printer} on the {floor} jams on nearly every A4 job from tray 2. The paper comes out crumpled.",
            "Worn pickup roller in tray 2 of {printer}; replaced it and printed 50 test pages without a jam.",
        ),
        (
            "i",
            "{printer} shows error {printer_error}",
            "{printer} has stopped with error {printer_error} on the display and won't print anything.",
            "Cleared the fuser error on {printer}; {vendor} replaced the fuser unit the next day.",
        ),
        (
            "i",
            "Streaky printouts from {printer}",
            "Everything printed on {printer} has grey streaks down the page; client letters look awful.",
            "Replaced the drum unit on {printer}; print quality is fine again.",
        ),
        (
            "r",
            "Move printer to {room}",
            "We're reorganising the {dept} area; could the printer be moved to {room}?",
            "Moved {printer} to {room}, patched the network port and updated its location on the print server.",
        ),
    ],
    "Hardware/Peripherals": [
        (
            "i",
            "Keyboard and mouse stopped working",
            "My wireless keyboard and mouse stopped responding this morning. New batteries didn't help.",
            "The USB receiver had come loose in the dock; re-paired the keyboard and mouse.",
        ),
        (
            "i",
            "Headset microphone not working in Teams",
            "People can't hear me on Teams calls with my headset, but I can hear them.",
            "Teams had the laptop microphone selected; set the headset as default and updated its firmware.",
        ),
        (
            "i",
            "Webcam not working in {room}",
            "The conference camera in {room} shows a black picture in Teams meetings.",
            "The camera's privacy shutter was closed and the USB extender was faulty; replaced the extender.",
        ),
        (
            "r",
            "Ergonomic keyboard and mouse",
            "After my workstation assessment I've been advised to use an ergonomic keyboard and a vertical mouse.",
            "Ordered and delivered an ergonomic keyboard and vertical mouse; the old ones went back to stock.",
        ),
        (
            "r",
            "Headset for {newstarter}",
            "{newstarter} needs a headset for calls when they start on {day}.",
            "Issued a Jabra headset to {newstarter} and tested it in Teams.",
        ),
    ],
    "Hardware/Server": [
        (
            "i",
            "{server} very slow for everyone",
            "Opening files from the server is really slow for the whole {dept} team since about {time}.",
            "A backup job had overrun into office hours on {server}; stopped it and moved the schedule to 10pm.",
        ),
        (
            "i",
            "Can't reach {server} after the power cut",
            "After the power cut this morning nobody can get to anything on {server}.",
            "{server} hadn't restarted after the power cut; started it, checked the RAID and services.",
        ),
        (
            "r",
            "More disk space on {server}",
            "The {dept} share is nearly full; could we have more space on {server}?",
            "Extended the data volume on {server} by 200 GB.",
        ),
    ],
    "Software/Installation": [
        (
            "r",
            "Install {software} on {pc}",
            "I need {software} installed for a project; my PC is {pc}.",
            "Installed {software} on {pc} from the software library and checked that it opens.",
        ),
        (
            "r",
            "Install {software} for the {dept} team",
            "The {dept} team ({n} people) needs {software} by {day}.",
            "Deployed {software} to the {dept} machines through device management.",
        ),
        (
            "i",
            "{software} installer fails with {error}",
            "I tried to install {software} from the company portal but it fails with {error}.",
            "The installer needed a pending reboot first; rebooted and installed {software}.",
        ),
    ],
    "Software/Office apps": [
        (
            "i",
            "Outlook keeps asking for password",
            "Outlook pops up asking for my password every few minutes, even though I type it in correctly.",
            "Removed old cached credentials from Credential Manager and recreated the Outlook profile; no more "
            "prompts.",
        ),
        (
            "i",
            "Excel crashes when opening {spreadsheet}",
            "Excel closes without warning whenever I open {spreadsheet} from {share}.",
            "Disabled a faulty add-in and repaired Office; {spreadsheet} opens normally.",
        ),
        (
            "i",
            "Teams calls keep dropping",
            "Teams calls drop after a few minutes, especially with clients. It happens in {room} and at my desk.",
            "Cleared the Teams cache and updated Teams; also moved the laptop onto the wired network in {room}.",
        ),
        (
            "i",
            "Word won't save to SharePoint",
            "When I try to save {document} to SharePoint, Word says 'upload failed'.",
            "The file name contained a # and the path was too long; renamed it and saved it to the {dept} library.",
        ),
        (
            "i",
            "OneDrive not syncing",
            "OneDrive shows a red cross and hasn't synced since {day}.",
            "OneDrive had signed out after a password change; signed back in and the sync caught up.",
        ),
        (
            "i",
            "{office_app} closes straight after opening",
            "{office_app} flashes up and closes straight away since last night's update.",
            "Ran an Office online repair; {office_app} opens normally.",
        ),
    ],
    "Software/Business apps": [
        (
            "i",
            "Can't log in to {business_app}",
            "{business_app} says my login is not valid, although I used it yesterday.",
            "The user was locked in {business_app} after several attempts; unlocked and reset the password.",
        ),
        (
            "i",
            "{business_app} report export hangs",
            "Exporting the monthly report from {business_app} to Excel hangs at 90% every time.",
            "The export template had a corrupt column; {vendor} sent a fixed template and the export works.",
        ),
        (
            "i",
            "{business_app} very slow in the afternoons",
            "{business_app} takes 20 seconds per screen after lunch; mornings are fine.",
            "A database maintenance job was running at 1pm; moved it overnight.",
        ),
        (
            "r",
            "{business_app} login for {newstarter}",
            "{newstarter} in {dept} needs a {business_app} login with the same rights as me.",
            "Created a {business_app} user for {newstarter} with the {dept} role.",
        ),
    ],
    "Software/Operating system": [
        (
            "i",
            "Stuck on 'Preparing to configure Windows'",
            "My PC ({pc}) has been stuck on 'Preparing to configure Windows' for over an hour.",
            "Forced a restart, rolled back the failed update and reinstalled it cleanly on {pc}.",
        ),
        (
            "i",
            "Start menu and search not working",
            "Clicking Start does nothing and the search box doesn't respond on {pc}.",
            "Re-registered the shell components and ran a system file check on {pc}; Start works again.",
        ),
        (
            "i",
            "Clock wrong on {pc}",
            "The clock on my PC is seven minutes fast, which messes up my meeting reminders.",
            "{pc} wasn't syncing time with the domain controller; fixed the time service.",
        ),
    ],
    "Software/Licensing": [
        (
            "i",
            "{office_app} says 'Unlicensed product'",
            "{office_app} has a red bar saying 'Unlicensed product' and editing is disabled.",
            "The user had lost their Microsoft 365 licence in a group change; reassigned it and reactivated Office.",
        ),
        (
            "r",
            "Licence for {software}",
            "I need a licence for {software}; the trial on my machine runs out on {day}.",
            "Bought a licence for {software} and activated it on {pc}.",
        ),
        (
            "i",
            "Acrobat asks me to sign in every day",
            "Acrobat Pro asks me to sign in every morning and then says no licence is assigned.",
            "Reassigned the Acrobat licence in the Adobe admin console and cleared the local licence cache.",
        ),
    ],
    "Software/Updates": [
        (
            "i",
            "Windows Update keeps failing with {error}",
            "Windows Update fails every night with {error} and asks me to restart.",
            "Reset the Windows Update components and installed the cumulative update manually.",
        ),
        (
            "r",
            "Hold updates during month-end",
            "Can updates on the {dept} PCs wait until after month-end on {day}? We can't afford restarts.",
            "Paused feature updates for the {dept} group until month-end; security updates still install.",
        ),
        (
            "i",
            "{business_app} broken after update",
            "Since the update on {day}, {business_app} shows {error} when posting.",
            "Applied the vendor's hotfix for {business_app}; posting works again.",
        ),
    ],
    "Network/Internet": [
        (
            "i",
            "Internet very slow in {room}",
            "Web pages take ages to load and Teams video freezes; everyone in {room} says the same.",
            "A PC was uploading a huge backup to the cloud; throttled it and moved the job overnight.",
        ),
        (
            "i",
            "No internet for the {dept} team",
            "None of us in {dept} can get on the internet, though email in Outlook is working.",
            "Proxy settings had been pushed wrongly to the {dept} group; corrected the policy.",
        ),
        (
            "i",
            "Can't open {website}",
            "{website} times out; other websites are fine.",
            "The web filter was wrongly blocking {website}; added it to the allow list.",
        ),
    ],
    "Network/Wi-Fi": [
        (
            "i",
            "Wi-Fi keeps dropping on the {floor}",
            "My laptop keeps losing the {ssid} Wi-Fi on the {floor}, several times an hour.",
            "The access point on the {floor} was faulty; replaced it and adjusted the channel plan.",
        ),
        (
            "i",
            "Can't connect to {ssid}",
            "My laptop says 'can't connect to this network' for {ssid} since the password change.",
            "Forgot the old network profile and reconnected with the new {ssid} key.",
        ),
        (
            "r",
            "Guest Wi-Fi for visitors on {day}",
            "We have {n} visitors from {client} on {day} in {room}; please can they have guest Wi-Fi?",
            "Created guest Wi-Fi vouchers for {day} and left them at Reception.",
        ),
    ],
    "Network/VPN": [
        (
            "i",
            "VPN won't connect from home",
            "The VPN client says 'authentication failed' at home, although my password works for email.",
            "The user wasn't in the VPN group after moving to {dept}; added them and the VPN connects.",
        ),
        (
            "i",
            "VPN disconnects every hour",
            "The VPN drops every hour or so and I lose my {business_app} session.",
            "Raised the VPN idle timeout and updated the VPN client.",
        ),
        (
            "r",
            "VPN access for {newstarter}",
            "{newstarter} will work from home two days a week and needs VPN access.",
            "Added {newstarter} to the VPN group and sent the setup guide.",
        ),
    ],
    "Network/Network drive": [
        (
            "i",
            "S: drive missing",
            "My S: drive has disappeared from File Explorer and I need the files in {share}.",
            "The drive mapping policy hadn't applied; reapplied group policy and S: maps to {share} again.",
        ),
        (
            "i",
            "Access denied on {share}",
            "I get 'access denied' when I open the {dept} folder on {share}.",
            "The user was missing from the {dept} security group; added them.",
        ),
        (
            "r",
            "Restore deleted folder '{folder}'",
            "I accidentally deleted the folder '{folder}' from {share} on {day}; can it be restored?",
            "Restored '{folder}' from last night's backup to {share}.",
        ),
        (
            "r",
            "New shared folder for {folder}",
            "Could we have a shared folder for {folder}, for the {dept} team only?",
            "Created '{folder}' on {share} with access for the {dept} group.",
        ),
    ],
    "Network/Firewall": [
        (
            "i",
            "{website} blocked by the firewall",
            "I get a 'blocked by company policy' page when I open {website}, which I need for work.",
            "Reviewed the category and allowed {website} in the web filter.",
        ),
        (
            "r",
            "Remote access for {vendor} on {day}",
            "{vendor} need remote access to {server} on {day} to upgrade {business_app}.",
            "Created a time-limited firewall rule for {vendor} to reach {server}; removed it after the work.",
        ),
    ],
    "Accounts & access/Password reset": [
        (
            "i",
            "Locked out of my account",
            "I've been locked out after too many attempts; I changed my password on {day}.",
            "Unlocked the account and removed the old password saved on the user's phone, which caused the lockouts.",
        ),
        (
            "r",
            "Password reset for {business_app}",
            "I've forgotten my {business_app} password and the reset email never arrives.",
            "Reset the {business_app} password and checked the user could log in.",
        ),
        (
            "r",
            "Password expired while on leave",
            "My password expired while I was on holiday and now I can't log in at all.",
            "Set a temporary password over the phone; the user changed it at first logon.",
        ),
    ],
    "Accounts & access/New account": [
        (
            "r",
            "New starter: {newstarter} ({dept})",
            "{newstarter} starts in {dept} on {day}. Please create a network account, email and {business_app} "
            "access. Their manager is {first}.",
            "Created the account, mailbox and {business_app} login for {newstarter}; details sent to {first}.",
        ),
        (
            "r",
            "Account for a temp in {dept}",
            "We have a temp, {newstarter}, in {dept} for {n} weeks from {day}; please set up a login that expires.",
            "Created a temporary account for {newstarter} that expires in {n} weeks.",
        ),
    ],
    "Accounts & access/Permissions": [
        (
            "r",
            "Access to {share}",
            "Please give me read/write access to {share}; I've taken over the {folder} work.",
            "Added the user to the group for {share} with modify rights.",
        ),
        (
            "r",
            "Access to the {dl} mailbox",
            "I need access to the shared mailbox {dl}@" + DOMAIN + " to cover while {colleague} is on leave.",
            "Granted full access and send-as on {dl}@" + DOMAIN + "; it appears in Outlook after a restart.",
        ),
        (
            "i",
            "Lost access to {business_app} reports",
            "Since {day} the reports menu in {business_app} is greyed out for me.",
            "The role change for {dept} had removed reporting rights; restored them.",
        ),
    ],
    "Accounts & access/Leaver": [
        (
            "r",
            "Leaver: {newstarter}, last day {day}",
            "{newstarter} in {dept} leaves on {day}. Please disable the account at 5pm and forward email to me.",
            "Disabled the account, converted the mailbox to shared with access for {first}, collected laptop {laptop}.",
        ),
        (
            "r",
            "Remove access for contractor",
            "The contractor on {folder} has finished; please remove their access to {share} and the VPN.",
            "Disabled the contractor's account and removed VPN and {share} access.",
        ),
    ],
    "Accounts & access/MFA": [
        (
            "i",
            "Lost phone, can't approve sign-ins",
            "I've lost my phone so I can't approve sign-in requests and can't get into email.",
            "Verified the user by phone, reset the MFA methods and registered the new phone.",
        ),
        (
            "i",
            "MFA prompts I didn't start",
            "I'm getting approve-sign-in prompts on my phone that I didn't start.",
            "Denied and reported the prompts, reset the password and revoked sessions; the sign-ins came from "
            "abroad and are now blocked by conditional access.",
        ),
        (
            "r",
            "Move Authenticator to new {mobile}",
            "I've got a new phone ({mobile}) and need to move the Authenticator app across.",
            "Registered Authenticator on the new {mobile} and removed the old device.",
        ),
    ],
    "Email/Mailbox": [
        (
            "i",
            "Mailbox full, can't send email",
            "Outlook says my mailbox is full ({size}) and I can't send anything.",
            "Enabled the online archive with an archive policy; the mailbox is under quota now.",
        ),
        (
            "i",
            "Emails to {client} bouncing",
            "Everything I send to {client} comes back as undeliverable.",
            "{client} had blocked us because of an SPF record error; fixed the SPF record.",
        ),
        (
            "i",
            "Not receiving outside email",
            "I haven't had any email from outside the company since this morning.",
            "A mail flow rule was quarantining external mail for the user; corrected it and released the messages.",
        ),
        (
            "r",
            "Out-of-office for {colleague}",
            "{colleague} is off sick and didn't set an out-of-office; please add one and forward to me.",
            "Set the automatic reply and a forward to the requester until further notice.",
        ),
    ],
    "Email/Spam & phishing": [
        (
            "i",
            "Suspicious email asking to pay an invoice",
            "An email that looks like it's from our MD asks me to pay an invoice urgently to a new bank account.",
            "Confirmed phishing; blocked the sender domain, purged the message from all mailboxes and warned staff.",
        ),
        (
            "i",
            "Clicked a link in a phishing email",
            "I clicked a link in an email about a parcel delivery and typed my password before I realised.",
            "Reset the password, revoked sessions, checked sign-in logs and inbox rules; no further access seen.",
        ),
        (
            "i",
            "Emails from {client} going to junk",
            "Emails from {client} keep landing in my Junk folder.",
            "Added {client} to the organisation's allowed senders.",
        ),
    ],
    "Email/Distribution lists": [
        (
            "r",
            "Add {newstarter} to {dl}",
            "Please add {newstarter} to the {dl} distribution list.",
            "Added {newstarter} to {dl}@" + DOMAIN + ".",
        ),
        (
            "r",
            "New email list for {folder}",
            "Can we have a new email list for the {folder} team ({n} people)?",
            "Created the list and added the members the requester gave.",
        ),
        (
            "i",
            "Outside senders can't email {dl}",
            "A client says their emails to {dl}@" + DOMAIN + " bounce.",
            "Allowed external senders on the {dl} list.",
        ),
    ],
    "Email/Calendar": [
        (
            "i",
            "Can't see {colleague}'s calendar",
            "I used to see {colleague}'s calendar but now it says I don't have permission.",
            "Re-shared the calendar with reviewer rights.",
        ),
        (
            "i",
            "{room} declines meeting invites",
            "When I invite {room} to a meeting it declines automatically.",
            "The room mailbox only took bookings 30 days ahead; extended it to 180 days.",
        ),
        (
            "r",
            "Delegate access to {colleague}'s calendar",
            "I now manage {colleague}'s diary; please give me delegate access.",
            "Added the requester as a delegate with editor rights.",
        ),
    ],
    "Printing/Print queue": [
        (
            "i",
            "Print jobs stuck in the queue",
            "Nothing I send to {printer} prints; the jobs sit in the queue saying 'error'.",
            "Restarted the print spooler on the print server and cleared the stuck jobs.",
        ),
        (
            "i",
            "Double-sided printing not working",
            "Even with double-sided selected, {printer} prints every page on its own sheet.",
            "The duplex unit wasn't enabled in the driver on the print server; enabled it.",
        ),
        (
            "r",
            "Add printer {printer} to my laptop",
            "I've moved to {room}; please add {printer} to my laptop.",
            "Added {printer} and set it as the default.",
        ),
    ],
    "Printing/Scanner": [
        (
            "i",
            "Scan to email not arriving",
            "When I scan on {printer} to my email, nothing arrives.",
            "The SMTP password on the scanner had expired; updated the scan-to-email settings.",
        ),
        (
            "i",
            "Scan to folder says 'cannot connect'",
            "Scanning to {share} from {printer} fails with 'cannot connect to server'.",
            "The scanner's service account password had changed; updated it on the device.",
        ),
        (
            "r",
            "One-touch scan button for {dept}",
            "Could the {dept} team have a scan button that saves straight to {share}?",
            "Created a shortcut on {printer} that scans to {share}.",
        ),
    ],
    "Printing/Toner & paper": [
        (
            "r",
            "Toner for {printer}",
            "{printer} says the black toner is low; could we have a new cartridge?",
            "Fitted a new black toner cartridge in {printer} and ordered a spare.",
        ),
        (
            "r",
            "Paper for the {floor}",
            "We're down to the last box of A4 on the {floor}.",
            "Ordered ten boxes of A4, delivered to the {floor} print area.",
        ),
        (
            "i",
            "Colour prints come out pink",
            "Colour printouts from {printer} have a pink tint.",
            "The cyan toner was empty but not reporting it; replaced it and cleaned the sensor.",
        ),
    ],
    "Phones/Desk phone": [
        (
            "i",
            "Desk phone shows 'No service'",
            "My desk phone (ext. {ext}) shows 'No service' and I can't make calls.",
            "The phone lost its network port in a desk move; patched it and re-registered ext. {ext}.",
        ),
        (
            "i",
            "Calls to ext. {ext} go straight to voicemail",
            "Nobody can get through to me on ext. {ext}; it goes straight to voicemail.",
            "Do-not-disturb had been set on ext. {ext}; turned it off.",
        ),
        (
            "r",
            "Move extension {ext} to {room}",
            "I'm moving desks to {room} on {day}; please move my extension {ext}.",
            "Moved ext. {ext} to the phone in {room}.",
        ),
    ],
    "Phones/Mobile": [
        (
            "i",
            "Work email not syncing on my {mobile}",
            "My work email stopped updating on my {mobile} after the password change.",
            "Updated the password in the mail app on the {mobile}; mail syncs again.",
        ),
        (
            "r",
            "Company mobile for {newstarter}",
            "{newstarter} needs a company mobile when they start on {day}.",
            "Issued a {mobile} with a new SIM and enrolled it in device management.",
        ),
        (
            "i",
            "Cracked screen on company {mobile}",
            "I dropped my company {mobile} and the screen is cracked.",
            "Sent the {mobile} to {vendor} for a screen repair and lent a spare phone in the meantime.",
        ),
    ],
    "Phones/Voicemail": [
        (
            "i",
            "Can't get into voicemail",
            "When I dial voicemail it says my PIN is wrong.",
            "Reset the voicemail PIN for ext. {ext}.",
        ),
        (
            "r",
            "New voicemail greeting for {dept}",
            "The {dept} line still has the Christmas opening hours on its greeting.",
            "Recorded the new greeting for the {dept} hunt group.",
        ),
    ],
    "Other": [
        (
            "i",
            "Screen in {room} not working",
            "The big screen in {room} won't show the laptop picture and we have a meeting at {time}.",
            "The HDMI switch in {room} was on the wrong input; reset it and labelled the inputs.",
        ),
        (
            "r",
            "Help setting up {room} for a presentation",
            "We have a presentation for {client} in {room} at {time} on {day}; could someone set up the screen "
            "and the conference phone?",
            "Set up the screen and the conference phone in {room} and tested a call.",
        ),
        (
            "i",
            "Door access card not working",
            "My access card doesn't open the door to the {floor} since {day}.",
            "The card had been disabled in the door system by mistake; re-enabled it.",
        ),
        (
            "r",
            "Question about {software} at home",
            "Is there a way to get {software} on my home computer for work?",
            "Explained the licence terms and sent the link for the home-use programme.",
        ),
    ],
}

# How often each category comes up compared with the others (1 when not listed).
WEIGHTS = {
    "Accounts & access/Password reset": 4.0,
    "Software/Office apps": 3.5,
    "Email/Mailbox": 2.5,
    "Printing/Print queue": 2.5,
    "Hardware/Laptop": 2.0,
    "Hardware/Printer": 2.0,
    "Network/Wi-Fi": 1.8,
    "Accounts & access/New account": 1.5,
    "Accounts & access/Permissions": 1.5,
    "Software/Business apps": 1.8,
    "Network/VPN": 1.5,
    "Email/Spam & phishing": 1.4,
    "Printing/Toner & paper": 1.4,
    "Phones/Voicemail": 0.5,
    "Network/Firewall": 0.6,
    "Hardware/Server": 0.6,
    "Other": 0.8,
}

# Alerts from monitoring: (category, subject, description, fix, alert key, impact)
MONITORING = [
    (
        "Hardware/Server",
        "Disk space low on {server} (C: {pct}% used)",
        "Monitoring alert: free space on C: of {server} is below the threshold ({pct}% used).",
        "Cleared old logs and shadow copies on {server}; plenty of free space again.",
        "{server}:disk-c",
        Level.MEDIUM,
    ),
    (
        "Hardware/Server",
        "Backup job failed on {server}",
        "Monitoring alert: last night's backup of {server} finished with errors.",
        "The backup target was full; pruned old restore points and re-ran the job successfully.",
        "{server}:backup",
        Level.MEDIUM,
    ),
    (
        "Hardware/Server",
        "{server} not responding to ping",
        "Monitoring alert: {server} missed five checks in a row.",
        "{server} had hung after updates; restarted it and checked the services.",
        "{server}:ping",
        Level.HIGH,
    ),
    (
        "Hardware/Server",
        "UPS in the comms room on battery",
        "Monitoring alert: UPS01 switched to battery power.",
        "Short mains outage in the building; power back after four minutes and the UPS recharged.",
        "ups01:battery",
        Level.HIGH,
    ),
    (
        "Network/Internet",
        "Primary internet line down",
        "Monitoring alert: WAN1 is down and traffic failed over to the backup line.",
        "{isp} fault at the exchange; the line was restored and traffic is back on WAN1.",
        "wan1:down",
        Level.HIGH,
    ),
    (
        "Network/Firewall",
        "Many failed VPN logins from abroad",
        "Monitoring alert: over 200 failed VPN logins in 10 minutes from foreign addresses.",
        "Blocked the source addresses and turned on geo-blocking for the VPN.",
        "fw01:vpn-logins",
        Level.HIGH,
    ),
    (
        "Network/Firewall",
        "Firewall security licence expires in {n} days",
        "Monitoring alert: the firewall's security subscription runs out in {n} days.",
        "Renewed the firewall subscription with {vendor}.",
        "fw01:licence",
        Level.LOW,
    ),
    (
        "Software/Updates",
        "Antivirus definitions out of date on {pc}",
        "Monitoring alert: {pc} has not updated its antivirus definitions for 7 days.",
        "{pc} had been switched off for two weeks; updated the definitions and ran a full scan.",
        "{pc}:av",
        Level.LOW,
    ),
    (
        "Email/Mailbox",
        "Mail queue growing on the relay",
        "Monitoring alert: more than 500 messages waiting on the mail relay.",
        "The relay couldn't reach Microsoft 365 after a certificate change; updated the connector.",
        "relay01:queue",
        Level.HIGH,
    ),
    (
        "Printing/Toner & paper",
        "Toner low on {printer}",
        "Monitoring alert: {printer} reports black toner below 5%.",
        "Replaced the toner cartridge in {printer}.",
        "{printer}:toner",
        Level.LOW,
    ),
]

# Problems: (category, subject, description, root cause, fix)
PROBLEMS = [
    (
        "Hardware/Printer",
        "Recurring paper jams on {printer}",
        "Several incidents about jams on {printer} in the last weeks, tray 2 worst.",
        "Worn pickup rollers, and paper stored next to a radiator.",
        "Replaced the rollers under the maintenance contract and moved the paper store.",
    ),
    (
        "Network/Wi-Fi",
        "Wi-Fi drops several times a day on the {floor}",
        "Many reports of laptops losing the Wi-Fi on the {floor}, mostly around lunchtime.",
        "An access point firmware bug resets the 5 GHz radio under load.",
        "Updated all access points to the fixed firmware and changed the channel plan.",
    ),
    (
        "Network/VPN",
        "VPN sessions drop after an hour for home workers",
        "Home workers keep losing the VPN after about an hour.",
        "The idle timeout on the firewall's VPN profile was 60 minutes.",
        "Raised the timeout to 8 hours and rolled out the new VPN client.",
    ),
    (
        "Email/Mailbox",
        "Outlook search misses recent mail for several users",
        "Several people find that Outlook search doesn't show mail from the last few days.",
        "The search index is corrupted by an Office update.",
        "Rebuilt the indexes and rolled out the fixed Office build to all PCs.",
    ),
    (
        "Software/Business apps",
        "{business_app} crashes when exporting reports",
        "Exports over large date ranges crash {business_app} for several users.",
        "A bug in the current {business_app} version with large date ranges.",
        "The vendor's patch release is installed on all PCs.",
    ),
    (
        "Accounts & access/Password reset",
        "Frequent lockouts after password changes",
        "Many lockout calls in the days after each password change.",
        "Old passwords cached on phones and mapped drives keep retrying.",
        "Published a password-change checklist and shortened the lockout window.",
    ),
    (
        "Accounts & access/MFA",
        "MFA prompts arrive late or not at all",
        "Several users wait minutes for the sign-in prompt on their phone.",
        "Battery optimisation on some phones stops the Authenticator app.",
        "Switched to number matching and sent a guide to exempt the app from battery saving.",
    ),
    (
        "Hardware/Server",
        "{server} runs out of disk space every month",
        "Disk space alerts on {server} come back every few weeks.",
        "The scanner archive on {server} is never pruned.",
        "Added a retention job and moved the archive to the NAS.",
    ),
    (
        "Printing/Scanner",
        "Scan to email fails now and then on all copiers",
        "Scans to email go missing a few times a week on every copier.",
        "The mail relay's rate limit is hit when several people scan at once.",
        "Raised the relay limit for the copiers' addresses.",
    ),
    (
        "Phones/Desk phone",
        "Desk phones reboot at random on the {floor}",
        "Desk phones on the {floor} restart in the middle of calls.",
        "The power-over-Ethernet budget of the {floor} switch is exceeded.",
        "Replaced the switch with one that has a bigger power budget.",
    ),
    (
        "Software/Updates",
        "Updates fail again and again on older PCs",
        "Feature updates keep failing on the older PCs.",
        "The 128 GB disks in the older PCs are too full for feature updates.",
        "Upgraded the disks on 14 PCs and added a clean-up task.",
    ),
    (
        "Network/Internet",
        "Internet slow every afternoon",
        "Everyone notices the internet slowing down between 1pm and 4pm.",
        "The cloud backup of {server} runs in office hours.",
        "Moved the backup window to the night and prioritised Teams traffic.",
    ),
    (
        "Hardware/Laptop",
        "Swelling batteries on {laptop_model} laptops",
        "Three laptops of the same model came back with swollen batteries.",
        "A faulty batch of batteries from the supplier.",
        "The supplier replaced the batteries on all affected laptops under a recall.",
    ),
    (
        "Email/Spam & phishing",
        "Spoofed emails pretending to be the MD",
        "Fake emails in the MD's name reach staff asking for payments.",
        "The domain's DMARC policy was 'none', so spoofed mail was delivered.",
        "Moved DMARC to quarantine and added a banner to external mail.",
    ),
    (
        "Software/Office apps",
        "Teams calls drop for people on the Wi-Fi",
        "Teams calls drop for many people when they are on the Wi-Fi, not on cable.",
        "Teams traffic isn't prioritised and laptops roam between access points mid-call.",
        "Enabled QoS for Teams and fast roaming on the Wi-Fi.",
    ),
    (
        "Other",
        "Meeting room screens don't wake from standby",
        "The screens in several meeting rooms stay black until someone switches them off and on.",
        "An HDMI-CEC standby setting in the screens' firmware.",
        "Turned off CEC standby and updated the screens' firmware.",
    ),
]

# --- the conversation --------------------------------------------------------------------------------------

ACKS = (
    "Hi {first},\n\nThanks for reporting this, I'm looking into it now. Could you tell me {question}?\n\n{agent}",
    "Hi {first},\n\nI've picked this up ({ref}). I'll connect remotely around {time} if that suits you.\n\n{agent}",
    "Hi {first},\n\nThanks, we've logged this as {ref}. Could you tell me {question}?\n\nThanks,\n{agent}",
    "Hi {first},\n\nI'll come over to have a look this afternoon. In the meantime, could you tell me "
    "{question}?\n\n{agent}",
    "Hi {first},\n\nSorry about this. I'm on it and will update you within the hour.\n\n{agent}",
)
REQUEST_ACKS = (
    "Hi {first},\n\nThanks for the request ({ref}). I'll sort this out and let you know when it's done.\n\n{agent}",
    "Hi {first},\n\nNo problem. I need your manager's OK for this; I've asked them and will carry on once they "
    "reply.\n\n{agent}",
    "Hi {first},\n\nThanks, this is on my list for {day}.\n\n{agent}",
)
REQUESTER_REPLIES = (
    "Thanks {agent}. It last worked properly on {day}.",
    "Yes, {colleague} next to me has the same problem.",
    "The message says {error}, if that helps.",
    "I'm in {room} until 4pm, come by any time.",
    "I restarted twice already, no change.",
    "{time} is fine, I'll leave the laptop on.",
    "Thanks, that's great.",
    "It only happens in the mornings as far as I can tell.",
)
CHASERS = (
    "Hi, any news on this please?",
    "Any update? This is holding up the {dept} team.",
    "Sorry to chase, is there an update?",
)
NOTES = (
    "Checked the logs: nothing obvious around the time reported.",
    "Remote session: reproduced the issue.",
    "Logged case {case} with {vendor}.",
    "Looks like the one we had last month; the same fix may work.",
    "Ran diagnostics, all passed. Keeping an eye on it.",
    "Tried it on a spare machine: same result, so it isn't the PC.",
    "Asked {vendor} for advice, reference {case}.",
)
PERSON_NOTES = (
    *NOTES,
    "Called {first}, no answer; left a voicemail.",
    "Spoke to {first} at their desk; will check again after lunch.",
    "{first} is out until {day}; will pick it up then.",
)
WAITING_NOTES = (
    "Waiting for {vendor}, case {case}.",
    "Change booked for the maintenance window on {day} evening.",
    "Waiting for the quote to be approved.",
)
PENDING_REPLIES = (
    "Hi {first},\n\nCould you try again tomorrow morning and let me know if it still happens?\n\n{agent}",
    "Hi {first},\n\nI've ordered a replacement from {vendor} (case {case}); I'll update you when it "
    "arrives.\n\n{agent}",
    "Hi {first},\n\nI need your manager to approve this first; I've emailed them.\n\n{agent}",
    "Hi {first},\n\nWhen would suit you for me to take the machine for an hour?\n\n{agent}",
)
BACK_FROM_PENDING = (
    "Tried again this morning and it's still doing it.",
    "Manager has approved, thanks.",
    "Any time after {time} is fine.",
    "The part arrived at Reception.",
)
DESCRIPTION_EXTRAS = (
    " It started after the update last night.",
    " I have a client meeting at {time}.",
    " I've already tried restarting.",
    " {colleague} said to log a ticket.",
    " Not urgent, but it's annoying.",
    " Happens on my home Wi-Fi too.",
)
CLOSINGS = (
    "Please let us know if it happens again.",
    "I'll close this in a few days unless I hear otherwise.",
    "Shout if there's anything else.",
    "Give it a try and reply here if it's still not right.",
)
FIX_REPLY = "Hi {first},\n\n{again}{fix}\n\n{closing}\n\n{agent}"
TEAM_FIX_REPLY = "Update for everyone affected:\n\n{again}{fix}\n\n{agent}"  # tickets nobody in particular reported
REOPEN_REPLIES = (
    "Sorry, it's started doing it again this morning.",
    "It was fine for a day but the problem is back.",
)
CANCEL_NOTES = (
    "{first} says it has sorted itself out.",
    "Duplicate of another ticket from the same person; handled there.",
    "No longer needed: the project has been postponed.",
    "Logged by mistake.",
)
LINK_NOTES = (
    "Same symptoms as {problem}; linking.",
    "Part of {problem}, workaround given meanwhile.",
)
RAISE_REASONS = (
    "Payroll has to run today",
    "Managing director's laptop",
    "Client visit this afternoon",
    "Month-end close in progress",
    "Affects the whole {dept} team",
    "Auditors on site this week",
)
LOWER_REASONS = ("Requester is away until next week", "Workaround in place")
TAG_NAMES = (
    "vip",
    "onboarding",
    "hardware-swap",
    "warranty",
    "training",
    "remote",
    "month-end",
    "follow-up",
    "phishing",
    "recurring",
)

# (status -> weights) by age of the ticket in days: new, open, pending, resolved, closed, cancelled
STATUS_ORDER = (Status.NEW, Status.OPEN, Status.PENDING, Status.RESOLVED, Status.CLOSED, Status.CANCELLED)
STATUS_BY_AGE = (
    (1, (35, 33, 8, 19, 2, 3)),
    (3, (14, 28, 12, 36, 6, 4)),
    (7, (4, 16, 11, 40, 25, 4)),
    (14, (1.5, 7, 6, 28, 53.5, 4)),
    (30, (0.4, 2.5, 2.5, 6, 85.1, 3.5)),
    (10_000, (0.1, 0.7, 0.6, 0.6, 94.5, 3.5)),
)
PROBLEM_STATUS_BY_AGE = (
    (14, (10, 50, 25, 10, 3, 2)),
    (60, (2, 30, 22, 16, 26, 4)),
    (10_000, (0, 7, 8, 7, 73, 5)),
)
# Median hours from logging to the fix, by priority rank (1 low .. 4 urgent)
FIX_HOURS = {
    TicketType.INCIDENT: (0, 60, 28, 8, 3),
    TicketType.REQUEST: (0, 90, 40, 12, 4),
    TicketType.PROBLEM: (0, 480, 360, 240, 120),
}
CODES: dict[TicketType | None, tuple[tuple[ResolutionCode, int], ...]] = {
    TicketType.INCIDENT: (
        (ResolutionCode.FIXED, 62),
        (ResolutionCode.WORKAROUND, 14),
        (ResolutionCode.USER_ERROR, 10),
        (ResolutionCode.NO_FAULT_FOUND, 8),
        (ResolutionCode.DUPLICATE, 2),
        (ResolutionCode.WONT_FIX, 4),
    ),
    TicketType.REQUEST: (
        (ResolutionCode.REQUEST_FULFILLED, 93),
        (ResolutionCode.WONT_FIX, 5),
        (ResolutionCode.DUPLICATE, 2),
    ),
    None: ((ResolutionCode.FIXED, 75), (ResolutionCode.WORKAROUND, 25)),  # alerts and problems
}
OTHER_CODE_REPLIES = {
    ResolutionCode.USER_ERROR: "Hi {first},\n\nAs we went through together, here's what it was. {fix} I've sent you "
    "the how-to guide for next time.\n\n{agent}",
    ResolutionCode.NO_FAULT_FOUND: "Hi {first},\n\nI tested it with you and everything worked, so there's nothing "
    "to fix for now. If it comes back, reply here and I'll look again.\n\n{agent}",
    ResolutionCode.DUPLICATE: "Hi {first},\n\nThis is already being handled in another ticket, so I'm closing "
    "this one.\n\n{agent}",
    ResolutionCode.WONT_FIX: "Hi {first},\n\nI'm afraid this isn't something we can change: it's set by company "
    "policy. Happy to talk it through if that helps.\n\n{agent}",
}
OTHER_CODE_NOTES = {
    ResolutionCode.USER_ERROR: "Talked the user through it. {fix}",
    ResolutionCode.NO_FAULT_FOUND: "Could not reproduce; working normally when tested with {first}.",
    ResolutionCode.DUPLICATE: "Duplicate; handled in another ticket.",
    ResolutionCode.WONT_FIX: "Not something we can change; explained to {first}.",
}

SOURCES = {
    TicketType.INCIDENT: (
        (Source.EMAIL, 36),
        (Source.PHONE, 28),
        (Source.FORM, 20),
        (Source.WALK_IN, 12),
        (Source.IMPORT, 1),
    ),
    TicketType.REQUEST: ((Source.FORM, 45), (Source.EMAIL, 35), (Source.PHONE, 14), (Source.WALK_IN, 6)),
    TicketType.PROBLEM: ((Source.PHONE, 50), (Source.EMAIL, 50)),
}
MONITORING_SHARE = 0.08  # of incidents
LEVELS = (Level.LOW, Level.MEDIUM, Level.HIGH)


@dataclass(frozen=True)
class DemoResult:
    """What generate_demo added; all zero (and cancelled) when the progress callback stopped it."""

    tickets: int
    entries: int
    requesters: int
    agents: int
    seconds: float
    audit_rows: int = 0
    cancelled: bool = False


class _Cancelled(Exception):
    pass


@dataclass(frozen=True)
class _Person:
    id: int | None
    name: str
    first: str
    department: str = ""


@dataclass(frozen=True)
class _Template:
    kind: str  # "i", "r", "p" (problem) or "m" (monitoring alert)
    leaf: tuple[int | None, int | None]  # category id, subcategory id
    subject: str
    description: str
    fix: str
    extra: str = ""  # root cause of a problem, alert key of an alert
    impact: Level = Level.MEDIUM  # of an alert


@dataclass
class _Plan:
    """The shape of one ticket, drawn before any text: what it is, when, and which template."""

    id: int
    type: TicketType
    number: int
    created: int
    template: _Template


def _first(name: str) -> str:
    return (name.split() or [name])[0]


class _Office:
    """The people, groups and categories of the database the demo is written into."""

    def __init__(self, cur: sqlite3.Cursor, rng: Random) -> None:
        self.groups = {
            tier: (gid, name)
            for gid, name, tier in cur.execute(
                "SELECT id, name, tier FROM support_groups WHERE active ORDER BY tier DESC, id DESC"
            )
        }
        admin = cur.execute("SELECT id, name FROM agents WHERE is_admin ORDER BY id LIMIT 1").fetchone()
        if admin is None:
            admin = cur.execute("SELECT id, name FROM agents ORDER BY id LIMIT 1").fetchone()
        self.admin = _Person(admin[0], admin[1], _first(admin[1])) if admin else _Person(None, "Service desk", "")
        self.agents_created = 0
        self.requesters_created = 0
        self.tiers: dict[int, list[_Person]] = {1: [self.admin] if self.admin.id is not None else []}
        for name, email, tier in DEMO_AGENTS:
            tier = tier if tier in self.groups else max((t for t in self.groups if t <= tier), default=1)
            group_id = self.groups[tier][0] if tier in self.groups else None
            agent_id = self._find_or_add(
                cur,
                "agents",
                email,
                "INSERT INTO agents(name, email, is_admin, active, group_id, uuid, usn) VALUES (?, ?, 0, 1, ?, ?, -1)",
                (name, email, group_id, uuid4().hex),
            )
            self.tiers.setdefault(tier, []).append(_Person(agent_id, name, _first(name)))
        self.requesters = self._requesters(cur, rng)
        # Frequent callers: a few people log many more tickets than the rest.
        self.requester_weights = list(accumulate(1.0 / (rank + 1) ** 0.7 for rank in range(len(self.requesters))))

    def _find_or_add(self, cur: sqlite3.Cursor, table: str, email: str, sql: str, values: tuple[Any, ...]) -> int:
        row = cur.execute(f"SELECT id FROM {table} WHERE email = ?", (email,)).fetchone()
        if row is not None:
            return int(row[0])
        cur.execute(sql, values)
        if table == "agents":
            self.agents_created += 1
        else:
            self.requesters_created += 1
        return int(cur.lastrowid or 0)

    def _requesters(self, cur: sqlite3.Cursor, rng: Random) -> list[_Person]:
        people: list[_Person] = []
        seen: set[str] = set()
        agent_names = {name for name, _, _ in DEMO_AGENTS}
        departments = [d for d, _ in DEPARTMENTS]
        dept_weights = list(accumulate(w for _, w in DEPARTMENTS))
        while len(people) < REQUESTERS:
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            name = f"{first} {last}"
            email = f"{first}.{last}@{DOMAIN}".lower()
            if email in seen or name in agent_names:
                continue
            seen.add(email)
            department = rng.choices(departments, cum_weights=dept_weights)[0]
            row = cur.execute("SELECT id, name, department FROM requesters WHERE email = ?", (email,)).fetchone()
            if row is not None:
                people.append(_Person(row[0], row[1], _first(row[1]), row[2] or department))
                continue
            requester_id = self._find_or_add(
                cur,
                "requesters",
                email,
                "INSERT INTO requesters(name, email, department, uuid, usn) VALUES (?, ?, ?, ?, -1)",
                (name, email, department, uuid4().hex),
            )
            people.append(_Person(requester_id, name, first, department))
        return people

    def group(self, tier: int) -> tuple[int, str, int] | None:
        """The group of that tier, or the nearest lower one."""
        for t in range(tier, 0, -1):
            if t in self.groups:
                return self.groups[t][0], self.groups[t][1], t
        return None

    def agents(self, tier: int) -> list[_Person]:
        for t in range(tier, 0, -1):
            if self.tiers.get(t):
                return self.tiers[t]
        return [a for people in self.tiers.values() for a in people]


def _templates(cur: sqlite3.Cursor) -> tuple[dict[str, list[_Template]], dict[str, list[float]]]:
    """Templates by kind for the categories this database really has; categories without templates get
    plain ones, so every category of the tree appears."""
    tops = {name: tid for tid, name in cur.execute("SELECT id, name FROM categories WHERE parent_id IS NULL")}
    subs: dict[int, dict[str, int]] = {}
    for sid, parent, name in cur.execute(
        "SELECT id, parent_id, name FROM categories WHERE parent_id IS NOT NULL ORDER BY parent_id, position, id"
    ):
        subs.setdefault(parent, {})[name] = sid
    leaves: dict[str, tuple[int | None, int | None]] = {}
    for top, tid in tops.items():
        children = subs.get(tid)
        if children:
            for sub, sid in children.items():
                leaves[f"{top}/{sub}"] = (tid, sid)
        else:
            leaves[top] = (tid, None)

    def leaf_of(path: str) -> tuple[int | None, int | None] | None:
        if path in leaves:
            return leaves[path]
        top = path.split("/")[0]
        return (tops[top], None) if top in tops and not subs.get(tops[top]) else None

    by_kind: dict[str, list[_Template]] = {"i": [], "r": [], "p": [], "m": []}
    weights: dict[str, list[float]] = {"i": [], "r": [], "p": [], "m": []}
    if not leaves:  # no category tree at all: the tickets go uncategorised
        leaves = dict.fromkeys(TEMPLATES, (None, None))
    by_name = {path.split("/")[-1]: rows for path, rows in TEMPLATES.items()}  # still found after a rename
    for path, leaf in sorted(leaves.items()):
        rows = TEMPLATES.get(path) or by_name.get(path.split("/")[-1])
        if not rows:  # a category the office added: plain words, so it still has tickets
            name = path.split("/")[-1].replace("{", "{{").replace("}", "}}")
            rows = [
                (
                    "i",
                    f"{name} problem in {{room}}",
                    f"Something is wrong with {name.lower()} for me since {{day}}.",
                    f"Sorted out the {name.lower()} issue and checked it with the user.",
                ),
                (
                    "r",
                    f"{name} request for {{dept}}",
                    f"Could you help with {name.lower()} for the {{dept}} team?",
                    f"Done: {name.lower()} set up as asked.",
                ),
            ]
        for kind, subject, description, fix in rows:
            by_kind[kind].append(_Template(kind, leaf, subject, description, fix))
            weights[kind].append(WEIGHTS.get(path, 1.0) / sum(1 for k, *_ in rows if k == kind))
    for path, subject, description, fix, key, impact in MONITORING:
        found = leaf_of(path)
        if found:
            by_kind["m"].append(_Template("m", found, subject, description, fix, key, impact))
            weights["m"].append(1.0)
    for path, subject, description, cause, fix in PROBLEMS:
        found = leaf_of(path)
        if found:
            by_kind["p"].append(_Template("p", found, subject, description, fix, cause))
            weights["p"].append(1.0)
    if not by_kind["p"]:
        by_kind["p"] = [
            _Template("p", t.leaf, f"Recurring: {t.subject}", t.description, t.fix, "Under investigation.")
            for t in by_kind["i"][:5]
        ]
        weights["p"] = [1.0] * len(by_kind["p"])
    if not by_kind["m"]:
        by_kind["m"], weights["m"] = by_kind["i"], weights["i"]
    return by_kind, {k: list(accumulate(w)) for k, w in weights.items()}


def _created_times(rng: Random, count: int, now: int) -> list[int]:
    """Creation times over the last six months: denser lately, on weekdays and in office hours mostly."""
    start = now - HISTORY_DAYS * DAY
    first_day = start // DAY
    days = HISTORY_DAYS
    hours = (8, 9, 10, 11, 12, 13, 14, 15, 16, 17)
    hour_weights = list(accumulate((6, 12, 12, 10, 6, 9, 11, 10, 8, 5)))
    times = []
    random, randrange, choices = rng.random, rng.randrange, rng.choices
    for _ in range(count):
        x = random() if random() < 0.65 else random() ** 0.5
        day = first_day + int(x * days)
        weekday = (day + 3) % 7  # 1970-01-01 was a Thursday
        if weekday >= 5 and random() < 0.9:
            day += randrange(5) - weekday  # a weekday of the same week instead
        if random() < 0.93:
            second = choices(hours, cum_weights=hour_weights)[0] * HOUR + randrange(HOUR)
        else:
            second = randrange(DAY)
        moment = day * DAY + second
        if moment > now:
            moment = now - randrange(60, 4 * HOUR)
        times.append(max(moment, start))
    times.sort()
    return times


def _status(rng: Random, ticket_type: TicketType, age_days: float) -> Status:
    table = PROBLEM_STATUS_BY_AGE if ticket_type is TicketType.PROBLEM else STATUS_BY_AGE
    for limit, weights in table:
        if age_days < limit:
            return rng.choices(STATUS_ORDER, weights=weights)[0]
    return Status.CLOSED


STATUS_LABEL = {status: status.label for status in Status}
_UUID_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_UUID_SET = (0x4000 << 64) | (0x8000 << 48)


def _uuid_hexes() -> Iterator[str]:
    """Random version-4 uuids as 32 hex digits, the same as uuid4().hex, drawing randomness in bulk."""
    while True:
        raw = os.urandom(16 * 4096)
        for start in range(0, len(raw), 16):
            yield f"{int.from_bytes(raw[start : start + 16], 'big') & _UUID_CLEAR | _UUID_SET:032x}"


def _in_office_hours(moment: int) -> bool:
    """Monday to Friday, 8:00 to 18:00 (UTC stands in for the office's time)."""
    return (moment // DAY + 3) % 7 < 5 and 8 * HOUR <= moment % DAY < 18 * HOUR  # 1970-01-01 was a Thursday


class _Thread:
    """One ticket's conversation and audit trail while its story is told, written as the services would."""

    __slots__ = ("agent", "audit", "choice", "current", "entries", "first_response", "new_uuid", "personal", "tid")

    def __init__(self, story: "_Story", tid: int, current: Status, agent: _Person, personal: bool) -> None:
        self.tid = tid
        self.entries = story.entries
        self.audit = story.audit
        self.new_uuid = story.new_uuid
        self.choice = story.rng.choice
        self.current = current
        self.agent = agent
        self.personal = personal  # someone reported it (not monitoring, not a problem)
        self.first_response: int | None = None

    def entry(self, kind: str, who: _Person, body: str, at: int) -> None:
        self.entries.append((self.tid, kind, who.id, None, who.name, body, at, self.new_uuid()))

    def requester_says(self, who: _Person, body: str, at: int) -> None:
        self.entries.append((self.tid, "reply", None, who.id, who.name, body, at, self.new_uuid()))

    def record(self, field: str, old: str | None, new: str | None, who: _Person, at: int) -> None:
        self.audit.append((self.new_uuid(), self.tid, field, old, new, who.id, who.name, at))

    def move(self, target: Status, who: _Person, at: int) -> None:
        self.record("status", self.current.value, target.value, who, at)
        self.entry("event", who, f"Status changed from {STATUS_LABEL[self.current]} to {STATUS_LABEL[target]}", at)
        self.current = target

    def note(self, fill: _Fill, at: int) -> None:
        self.entry("note", self.agent, self.choice(PERSON_NOTES if self.personal else NOTES).format_map(fill), at)

    def reply(self, body: str, at: int) -> None:
        """A public reply by the agent working the ticket; the first one is the first response."""
        self.entry("reply", self.agent, body, at)
        if self.first_response is None:
            self.first_response = at


class _Story:
    """Tells each ticket's story as rows: the ticket, its conversation, its audit trail and its tags."""

    def __init__(
        self,
        rng: Random,
        office_: _Office,
        matrix: PriorityMatrix,
        now: int,
        problems: dict[int | None, list[tuple[int, int, str]]],
    ) -> None:
        self.rng = rng
        self.office = office_
        self.matrix = matrix
        self.now = now
        self.problems = problems  # category id -> [(created, ticket id, ref)], oldest first
        self.problem_times = {k: [p[0] for p in v] for k, v in problems.items()}
        self.new_uuid = _uuid_hexes().__next__
        self.tickets: list[tuple[Any, ...]] = []
        self.entries: list[tuple[Any, ...]] = []
        self.audit: list[tuple[Any, ...]] = []
        self.tags: list[tuple[int, str]] = []
        self.conversations: list[tuple[str, int]] = []
        self.g1, self.g2, self.g3 = office_.group(1), office_.group(2), office_.group(3)
        self.sources = {t: ([s for s, _ in w], list(accumulate(n for _, n in w))) for t, w in SOURCES.items()}
        self.codes = {t: ([c for c, _ in w], list(accumulate(n for _, n in w))) for t, w in CODES.items()}
        self.priorities = list(Priority)

    def tell(self, plans: Sequence[_Plan]) -> tuple[list[tuple[Any, ...]], ...]:
        """The rows of these tickets: tickets, entries, audit, tags, conversations (the order of STAGES)."""
        for plan in plans:
            self.add(plan)
        rows = (self.tickets, self.entries, self.audit, self.tags, self.conversations)
        self.tickets, self.entries, self.audit, self.tags, self.conversations = [], [], [], [], []
        return rows

    # --- time ------------------------------------------------------------------------------------------------

    def _office_hours(self, moment: int, limit: int) -> int:
        """The moment, or the next working morning when it falls outside office hours (unless past limit)."""
        if _in_office_hours(moment):
            return moment
        second = moment % DAY
        day = moment // DAY
        weekday = (day + 3) % 7
        if second >= 8 * HOUR:
            day += 1
            weekday = (weekday + 1) % 7
        if weekday >= 5:
            day += 7 - weekday
        moved = day * DAY + 8 * HOUR + self.rng.randrange(90 * 60)
        return moved if moved <= limit else moment

    def _after(self, moment: int, end: int, median: float) -> int:
        """A moment a typical gap after this one, in office hours when it can be, always before end."""
        room = end - moment
        if room <= 0:
            return moment
        gap = median * self.rng.lognormvariate(0.0, 0.8)
        if gap > room * 0.6:
            gap = room * self.rng.uniform(0.05, 0.6)
        return self._office_hours(moment + int(gap), end)

    def _end(self, status: Status, ttype: TicketType, rank: int, escalated: bool, t0: int) -> int:
        """When the ticket was fixed or cancelled; now for tickets still being worked."""
        now = self.now
        rng = self.rng
        if status in (Status.RESOLVED, Status.CLOSED):
            hours = FIX_HOURS[ttype][rank] * rng.lognormvariate(0.0, 0.9) * (1.6 if escalated else 1.0)
            fixed = t0 + int(hours * HOUR)
            if fixed >= now - 60:
                fixed = t0 + int((now - t0) * rng.uniform(0.15, 0.85))
            return max(t0, self._office_hours(fixed, now - 60))
        if status is Status.CANCELLED:
            cancelled = min(now, t0 + int(rng.uniform(0.2, 72) * HOUR))
            return max(t0, self._office_hours(cancelled, now))
        return now

    # --- one ticket ------------------------------------------------------------------------------------------

    def add(self, plan: _Plan) -> None:
        rng, office_, now = self.rng, self.office, self.now
        random = rng.random
        tid, ttype, t0, template = plan.id, plan.type, plan.created, plan.template
        ref = f"{ttype.prefix}-{plan.number}"
        is_problem = ttype is TicketType.PROBLEM
        first_entry = len(self.entries)

        # What, who reports it and how bad it is
        if template.kind == "m":
            source = Source.MONITORING
        else:
            names, cum = self.sources[ttype]
            source = rng.choices(names, cum_weights=cum)[0]
        if source in (Source.PHONE, Source.WALK_IN) and not _in_office_hours(t0):
            source = Source.EMAIL  # nobody phones or walks in at night: it came by email
        requester = None
        if source is not Source.MONITORING and not is_problem:
            requester = rng.choices(office_.requesters, cum_weights=office_.requester_weights)[0]
        fill = _Fill(
            rng,
            {
                "ref": ref,
                "first": requester.first if requester else "all",
                "dept": requester.department if requester else "office",
                "again": "",
            },
        )
        subject = template.subject.format_map(fill)
        if source is Source.EMAIL and random() < 0.15:
            subject = rng.choice(("Re: ", "FW: ", "Urgent: ")) + subject
        elif requester and random() < 0.03:
            subject = "Urgent: " + subject
        subject = subject[0].upper() + subject[1:]
        description = template.description.format_map(fill)
        if requester and random() < 0.3:
            description += rng.choice(DESCRIPTION_EXTRAS).format_map(fill)

        if template.kind == "m":
            impact = template.impact
            urgency = rng.choice(LEVELS[:2] if impact is Level.LOW else LEVELS[1:])
        elif is_problem:
            impact, urgency = rng.choice((Level.MEDIUM, Level.HIGH)), rng.choice((Level.LOW, Level.MEDIUM))
        else:
            impact = rng.choices(LEVELS, cum_weights=(45, 85, 100))[0]
            urgency = rng.choices(LEVELS, cum_weights=(28, 80, 100))[0]
        matrix_priority = self.matrix.priority(impact, urgency)
        priority, reason = matrix_priority, None
        roll = random()
        if roll < 0.03 and matrix_priority is not Priority.URGENT:
            priority = self.priorities[matrix_priority.rank]
            reason = rng.choice(RAISE_REASONS).format_map(fill)
        elif roll > 0.99 and matrix_priority is not Priority.LOW:
            priority = self.priorities[matrix_priority.rank - 2]
            reason = rng.choice(LOWER_REASONS)
        major = template.kind == "m" and priority is Priority.URGENT and random() < 0.4
        status = _status(rng, ttype, (now - t0) / DAY)

        # Who logs it and who works it
        if source is Source.FORM:
            creator = _Person(None, requester.name if requester else "Web form", "")
        elif source is Source.MONITORING:
            creator = office_.admin
        else:
            creator = rng.choice(office_.agents(2 if is_problem else 1))
        if is_problem:
            handler, group = rng.choice(office_.agents(2)), self.g2
        else:
            handler = creator if creator.id is not None and random() < 0.6 else rng.choice(office_.agents(1))
            group = self.g1
        escalate = 0
        if not is_problem and status is not Status.NEW:
            roll = random()
            if roll < (0.02 if ttype is TicketType.REQUEST else 0.04) and self.g3:
                escalate = 3
            elif roll < (0.09 if ttype is TicketType.REQUEST else 0.16) and self.g2:
                escalate = 2
        assigned_now = status is not Status.NEW and creator.id is not None
        if assigned_now and not is_problem:
            chance = 0.85 if source in (Source.PHONE, Source.WALK_IN) else 0.6
            assigned_now = random() < chance
            if assigned_now:
                handler = creator
        group_now = group if creator.id is not None or random() < 0.3 else None
        assignee_id = handler.id if assigned_now else None
        fill["agent"] = handler.first

        thread = _Thread(self, tid, Status.OPEN if assigned_now else Status.NEW, handler, requester is not None)
        thread.record("created", None, ref, creator, t0)
        if reason:
            thread.record("priority", matrix_priority.value, priority.value, creator, t0)
        end = self._end(status, ttype, priority.rank, bool(escalate), t0)
        t = t0
        problem = code = notes = root_cause = resolved_at = closed_at = None
        reopen_count = 0

        if status is Status.NEW:
            if group_now is None and group and random() < 0.3:
                t = self._after(t, end, 0.5 * HOUR)
                thread.record("group", None, group[1], office_.admin, t)
                group_now = group
            if requester and now - t0 > DAY and random() < 0.25:
                t = self._after(t, end, 20 * HOUR)
                thread.requester_says(requester, rng.choice(CHASERS).format_map(fill), t)
        else:
            if not assigned_now:
                t = self._after(t, end, 0.7 * HOUR)
                dispatcher = handler if random() < 0.6 else office_.admin
                if group_now is None and group:
                    thread.record("group", None, group[1], dispatcher, t)
                    group_now = group
                thread.record("assignee", None, handler.name, dispatcher, t)
                thread.entry("event", dispatcher, f"Assigned to {handler.name}", t)
                thread.move(Status.OPEN, dispatcher, t)
                assignee_id = handler.id
            finished = status in (Status.RESOLVED, Status.CLOSED)
            if not (finished and not escalate and random() < 0.55) and (
                status is not Status.CANCELLED or random() < 0.5
            ):
                t = self._after(t, end, 1.2 * HOUR)
                if requester:
                    thread.reply(rng.choice(REQUEST_ACKS if ttype is TicketType.REQUEST else ACKS).format_map(fill), t)
                    if random() < 0.3:
                        t = self._after(t, end, 1.5 * HOUR)
                        thread.requester_says(requester, rng.choice(REQUESTER_REPLIES).format_map(fill), t)
                else:
                    thread.note(fill, t)
            if random() < (0.8 if is_problem else 0.2):
                t = self._after(t, end, 2 * HOUR)
                thread.note(fill, t)
            if escalate:
                t = self._after(t, end, 4 * HOUR)
                t, group_now, assignee_id = self._escalate(thread, fill, escalate, group_now, t, end)
            if status is Status.PENDING or random() < 0.08:
                t = self._after(t, end, 3 * HOUR)
                if requester:
                    thread.reply(rng.choice(PENDING_REPLIES).format_map(fill), t)
                else:
                    thread.entry("note", thread.agent, rng.choice(WAITING_NOTES).format_map(fill), t)
                thread.move(Status.PENDING, thread.agent, t)
                if status is not Status.PENDING:
                    t = self._after(t, end, 20 * HOUR)
                    if requester:
                        thread.requester_says(requester, rng.choice(BACK_FROM_PENDING).format_map(fill), t)
                    if status is not Status.CANCELLED:
                        thread.move(Status.OPEN, thread.agent, t)
            if ttype is TicketType.INCIDENT:
                problem = self._problem_for(plan)
            if problem is not None:
                t = min(now, max(t, problem[0]))
                thread.record("problem", None, problem[2], thread.agent, t)
                if random() < 0.5:
                    thread.entry("note", thread.agent, rng.choice(LINK_NOTES).format(problem=problem[2]), t)
            if status is Status.OPEN and requester and random() < 0.2 and end - t > DAY:
                t = self._after(t, end, 24 * HOUR)
                thread.requester_says(requester, rng.choice(CHASERS).format_map(fill), t)
            if finished:
                t = resolved_at = max(t, end)
                code, notes = self._resolve(thread, ttype, template, fill, t)
                if is_problem:
                    root_cause = template.extra.format_map(fill)
                if ttype is TicketType.INCIDENT and requester and random() < 0.04 and now - t > 2 * DAY:
                    t = self._after(t, now, 20 * HOUR)
                    thread.requester_says(requester, rng.choice(REOPEN_REPLIES), t)
                    reopen_count = 1
                    thread.record("reopen_count", "0", "1", thread.agent, t)
                    thread.record("resolution_code", code.value, None, thread.agent, t)
                    thread.record("resolution_notes", notes, None, thread.agent, t)
                    thread.record("status", thread.current.value, Status.OPEN.value, thread.agent, t)
                    thread.entry("event", thread.agent, "Reopened", t)
                    thread.current = Status.OPEN
                    t = self._after(t, now, 6 * HOUR)
                    thread.note(fill, t)
                    t = resolved_at = self._after(t, now, 6 * HOUR)
                    fill["again"] = "I've had another look. "
                    code, notes = self._resolve(thread, ttype, template, fill, t)
                if status is Status.CLOSED:
                    if random() < 0.25:
                        t_close, closer = self._after(t, now, 2 * HOUR), thread.agent
                    else:  # closed by the desk a few days after the fix, when nobody objected
                        t_close, closer = self._office_hours(t + int(rng.uniform(3, 5) * DAY), now), office_.admin
                        if t_close >= now:
                            t_close = t + int((now - t) * rng.uniform(0.3, 0.95))
                    t = closed_at = max(t_close, t)
                    thread.move(Status.CLOSED, closer, t)
            elif status is Status.CANCELLED:
                t = closed_at = max(t, end)
                if random() < 0.7:
                    reasons = CANCEL_NOTES if requester else CANCEL_NOTES[1:]
                    thread.entry("note", thread.agent, rng.choice(reasons).format_map(fill), t)
                thread.move(Status.CANCELLED, thread.agent, t)

        for tag in self._tags(ttype, template, requester, escalate, code):
            self.tags.append((tid, tag))
        uncategorised = source is Source.FORM and random() < 0.03
        self.tickets.append(
            (
                tid,
                ttype.value,
                plan.number,
                subject,
                description,
                status.value,
                impact.value,
                urgency.value,
                priority.rank,
                reason,
                None if uncategorised else template.leaf[0],
                None if uncategorised else template.leaf[1],
                requester.id if requester else None,
                assignee_id,
                group_now[0] if group_now else None,
                source.value,
                template.extra.format_map(fill).lower() if template.kind == "m" else None,
                int(major),
                t0,
                t,
                thread.first_response,
                resolved_at,
                closed_at,
                code.value if code else None,
                notes,
                root_cause,
                reopen_count,
                problem[1] if problem else None,
                creator.id,
                self.new_uuid(),
            )
        )
        said = [row[5] for row in self.entries[first_entry:] if row[1] != "event"]
        if said:  # the search row's conversation, as the entry trigger builds it
            self.conversations.append(("\n" + "\n".join(said), tid))

    def _escalate(
        self, thread: _Thread, fill: _Fill, tier: int, group_now: tuple[int, str, int] | None, t: int, end: int
    ) -> tuple[int, tuple[int, str, int] | None, int | None]:
        """Hand the ticket to the next tier: the group, then one of its agents."""
        agent = thread.agent
        target = self.g3 if tier == 3 else self.g2
        if target and target != group_now:
            thread.record("group", group_now[1] if group_now else None, target[1], agent, t)
            thread.entry("event", agent, f"Escalated to {target[1]} (tier {target[2]})", t)
            group_now = target
        specialist = self.rng.choice(self.office.agents(tier))
        if specialist.id != agent.id:
            thread.record("assignee", agent.name, specialist.name, agent, t)
            thread.entry("event", agent, f"Assigned to {specialist.name}", t)
            thread.agent = specialist
            fill["agent"] = specialist.first
        if self.rng.random() < 0.6:
            t = self._after(t, end, 3 * HOUR)
            thread.note(fill, t)
        return t, group_now, thread.agent.id

    def _resolve(
        self, thread: _Thread, ttype: TicketType, template: _Template, fill: _Fill, t: int
    ) -> tuple[ResolutionCode, str]:
        """The reply with the fix and the move to Resolved, with its code and notes."""
        rng = self.rng
        names, cum = self.codes[ttype if thread.personal else None]
        code = rng.choices(names, cum_weights=cum)[0]
        fix = template.fix.format_map(fill)
        fill["fix"] = fix
        fill["closing"] = rng.choice(CLOSINGS)
        if not thread.personal:
            body = TEAM_FIX_REPLY.format_map(fill)
            notes = fix if code is not ResolutionCode.WORKAROUND else f"Workaround: {fix}"
        elif code in OTHER_CODE_REPLIES:
            body = OTHER_CODE_REPLIES[code].format_map(fill)
            notes = OTHER_CODE_NOTES[code].format_map(fill)
        else:
            body = FIX_REPLY.format_map(fill)
            notes = fix if code is not ResolutionCode.WORKAROUND else f"Workaround: {fix}"
        thread.reply(body, t)
        thread.move(Status.RESOLVED, thread.agent, t)
        thread.record("resolution_code", None, code.value, thread.agent, t)
        thread.record("resolution_notes", None, notes, thread.agent, t)
        return code, notes

    def _problem_for(self, plan: _Plan) -> tuple[int, int, str] | None:
        """Now and then, a problem of the same category logged in the month before this incident (or just after)."""
        candidates = self.problems.get(plan.template.leaf[0])
        if not candidates or self.rng.random() > 0.2:
            return None
        times = self.problem_times[plan.template.leaf[0]]
        i = bisect_left(times, plan.created + 3 * DAY)
        near = [p for p in candidates[max(0, i - 3) : i] if plan.created - 30 * DAY < p[0] < self.now]
        return self.rng.choice(near) if near else None

    def _tags(
        self,
        ttype: TicketType,
        template: _Template,
        requester: _Person | None,
        escalate: int,
        code: ResolutionCode | None,
    ) -> Sequence[str]:
        rng = self.rng
        if rng.random() > 0.2:
            return ()
        tags = set()
        if requester and requester.department == "Management":
            tags.add("vip")
        if escalate == 3:
            tags.add("warranty")
        if code is ResolutionCode.USER_ERROR:
            tags.add("training")
        if "phish" in template.subject.lower():
            tags.add("phishing")
        if ttype is TicketType.REQUEST and ("starter" in template.subject or "New " in template.subject):
            tags.add("onboarding")
        if not tags or rng.random() < 0.4:
            tags.add(rng.choice(TAG_NAMES))
        return sorted(tags)


# --- writing -----------------------------------------------------------------------------------------------

# Each batch is staged in temp tables (row by row, while the worker waits: one sqlite3 call per row would
# otherwise hand the GIL back and forth), then moved with one statement per table, while the worker tells
# the next batch.
TICKET_COLUMNS = (
    "id, type, number, subject, description, status, impact, urgency, priority, priority_reason, category_id, "
    "subcategory_id, requester_id, assignee_id, group_id, source, alert_key, major, created_at, updated_at, "
    "first_response_at, resolved_at, closed_at, resolution_code, resolution_notes, root_cause, reopen_count, "
    "problem_id, created_by_id, uuid"
)
ENTRY_COLUMNS = "ticket_id, kind, author_agent_id, author_requester_id, author_name, body, created_at, uuid"
AUDIT_COLUMNS = "uuid, ticket_id, field, old_value, new_value, actor_id, actor_name, at"
# stage name -> how it is made (copying the columns' types from the table it feeds), number of columns
STAGES = {
    "deskapp_demo_tickets": (f"AS SELECT {TICKET_COLUMNS} FROM main.tickets WHERE 0", 30),
    "deskapp_demo_entries": (f"AS SELECT {ENTRY_COLUMNS} FROM main.entries WHERE 0", 8),
    "deskapp_demo_audit": (f"AS SELECT {AUDIT_COLUMNS} FROM main.audit WHERE 0", 8),
    "deskapp_demo_tags": ("AS SELECT ticket_id, tag FROM main.ticket_tags WHERE 0", 2),
    "deskapp_demo_search": ("(conversation TEXT, id INTEGER PRIMARY KEY)", 2),
}
MOVES = (
    # Entries first: their search rows don't exist yet, so the entry trigger has nothing to rewrite.
    f"INSERT INTO main.entries ({ENTRY_COLUMNS}, usn) SELECT {ENTRY_COLUMNS}, -1 FROM temp.deskapp_demo_entries "
    "ORDER BY rowid",
    f"INSERT INTO main.tickets ({TICKET_COLUMNS}, usn) SELECT {TICKET_COLUMNS}, -1 FROM temp.deskapp_demo_tickets "
    "ORDER BY rowid",
    "UPDATE main.ticket_search SET conversation = "
    "(SELECT conversation FROM temp.deskapp_demo_search AS s WHERE s.id = ticket_search.rowid) "
    "WHERE rowid IN (SELECT id FROM temp.deskapp_demo_search)",
    f"INSERT INTO main.audit ({AUDIT_COLUMNS}) SELECT {AUDIT_COLUMNS} FROM temp.deskapp_demo_audit ORDER BY rowid",
    "INSERT INTO main.ticket_tags (ticket_id, tag) SELECT ticket_id, tag FROM temp.deskapp_demo_tags",
)


def _plans(cur: sqlite3.Cursor, rng: Random, count: int, now: int) -> tuple[list[_Plan], dict[TicketType, int]]:
    """Draw every ticket's type, time, number and template first, so problems are known to their incidents."""
    templates, cum_weights = _templates(cur)
    numbers = {t: 0 for t in TicketType}
    for value, last in cur.execute("SELECT type, last_number FROM ticket_counters"):
        if value in numbers:
            numbers[TicketType(value)] = last
    for value, highest in cur.execute("SELECT type, max(number) FROM tickets GROUP BY type"):
        if value in numbers:
            numbers[TicketType(value)] = max(numbers[TicketType(value)], highest or 0)
    next_id = (cur.execute("SELECT max(id) FROM tickets").fetchone()[0] or 0) + 1
    random, choices = rng.random, rng.choices
    plans = []
    for i, created in enumerate(_created_times(rng, count, now)):
        roll = random()
        if roll < 0.70:
            ticket_type, kind = TicketType.INCIDENT, "m" if random() < MONITORING_SHARE else "i"
        elif roll < 0.95:
            ticket_type, kind = TicketType.REQUEST, "r"
        else:
            ticket_type, kind = TicketType.PROBLEM, "p"
        numbers[ticket_type] += 1
        template = choices(templates[kind], cum_weights=cum_weights[kind])[0]
        plans.append(_Plan(next_id + i, ticket_type, numbers[ticket_type], created, template))
    _cover_every_category(rng, plans, templates)
    return plans, numbers


def _cover_every_category(rng: Random, plans: list[_Plan], templates: dict[str, list[_Template]]) -> None:
    """Make sure each category appears at least once, by retelling a few tickets (when there are enough)."""
    everyday = templates["i"] + templates["r"]
    leaves = {t.leaf for t in everyday}
    if len(plans) < 4 * len(leaves):
        return
    missing = leaves - {p.template.leaf for p in plans}
    kinds = {"i": TicketType.INCIDENT, "r": TicketType.REQUEST}
    for leaf in sorted(missing, key=lambda pair: (pair[0] or 0, pair[1] or 0)):
        template = rng.choice([t for t in everyday if t.leaf == leaf])
        while True:
            plan = plans[rng.randrange(len(plans))]
            if plan.type is kinds[template.kind]:
                plan.template = template
                break


def generate_demo(
    database: Database,
    *,
    tickets: int,
    seed: int = 1,
    clock: Clock = system_clock,
    progress: Progress | None = None,
) -> DemoResult:
    """Add demo requesters, agents and `tickets` tickets with their history, in one transaction.

    progress(done, total) is called after every batch of a few thousand tickets; returning False stops the
    generation and rolls everything back.
    """
    if tickets < 0:
        raise ValueError("tickets: must not be negative")
    started = time.perf_counter()
    rng = Random(seed)
    now = to_epoch(clock().replace(microsecond=0))
    try:
        with database.write() as session:
            counts = _write(session, rng, tickets, now, progress)
    except _Cancelled:
        return DemoResult(0, 0, 0, 0, time.perf_counter() - started, cancelled=True)
    except sqlite3.Error as error:
        raise storage_error(error, database.path) from error
    tickets_, entries, requesters, agents, audit_rows = counts
    return DemoResult(tickets_, entries, requesters, agents, time.perf_counter() - started, audit_rows)


def _write(
    session: Session, rng: Random, count: int, now: int, progress: Progress | None
) -> tuple[int, int, int, int, int]:
    matrix = office.priority_matrix(session)
    cur = session.connection().connection.driver_connection.cursor()
    cache_sizes = [cur.execute(f"PRAGMA {schema}.cache_size").fetchone()[0] for schema in ("main", "temp")]
    cur.execute(f"PRAGMA main.cache_size = -{CACHE_KIB}")
    cur.execute(f"PRAGMA temp.cache_size = -{TEMP_CACHE_KIB}")
    try:
        cur.execute("PRAGMA defer_foreign_keys = ON")  # until the commit: entries go in before their tickets
        office_ = _Office(cur, rng)
        plans, numbers = _plans(cur, rng, count, now)
        problems: dict[int | None, list[tuple[int, int, str]]] = {}
        for plan in plans:
            if plan.type is TicketType.PROBLEM:
                problems.setdefault(plan.template.leaf[0], []).append((plan.created, plan.id, f"PRB-{plan.number}"))
        story = _Story(rng, office_, matrix, now, problems)
        for name, (definition, _) in STAGES.items():
            cur.execute(f"DROP TABLE IF EXISTS temp.{name}")
            cur.execute(f"CREATE TEMP TABLE {name} {definition}")
        batches = [plans[start : start + BATCH] for start in range(0, count, BATCH)]
        entry_count = audit_count = done = 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="deskapp-demo") as pool:
            told = pool.submit(story.tell, batches[0]) if batches else None
            for number, batch in enumerate(batches):
                assert told is not None
                rows = told.result()
                for (name, (_, width)), stage_rows in zip(STAGES.items(), rows, strict=True):
                    cur.execute(f"DELETE FROM temp.{name}")
                    cur.executemany(f"INSERT INTO temp.{name} VALUES ({', '.join('?' * width)})", stage_rows)
                told = pool.submit(story.tell, batches[number + 1]) if number + 1 < len(batches) else None
                for sql in MOVES:
                    cur.execute(sql)
                done += len(batch)
                entry_count += len(rows[1])
                audit_count += len(rows[2])
                if progress is not None and progress(done, count) is False:
                    if told is not None:
                        told.cancel()
                    raise _Cancelled
        for name in STAGES:
            cur.execute(f"DROP TABLE temp.{name}")
        cur.executemany(
            "INSERT INTO ticket_counters (type, last_number) VALUES (?, ?) ON CONFLICT (type) "
            "DO UPDATE SET last_number = max(last_number, excluded.last_number)",
            [(t.value, n) for t, n in numbers.items() if n],
        )
        return count, entry_count, office_.requesters_created, office_.agents_created, audit_count
    finally:
        cur.execute(f"PRAGMA main.cache_size = {cache_sizes[0]}")
        cur.execute(f"PRAGMA temp.cache_size = {cache_sizes[1]}")
        cur.close()
