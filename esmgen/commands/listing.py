"""esmgen check-output: a verdict per command of a job's SYSTSPRT listing."""

import click

from esmgen import esms
from esmgen.listing import check as checkout
from esmgen.commands.common import FILE, read_input
from esmgen.simulator.reader import read_deck


@click.command("check-output")
@click.argument("listing", type=FILE)
@click.option("-e", "--esm", type=click.Choice(esms.NAMES, case_sensitive=False), required=True, help="The ESM the job ran against.")
@click.option("-f", "--format", "fmt", type=click.Choice(("text", "json"), case_sensitive=False), default="text", show_default=True)
@click.option("-d", "--deck", type=FILE,
              help="The deck the job ran: its planned steps (esmgen-expect comments) count as expected.")
@click.option("-m", "--messages", "site_messages", type=FILE,
              help="YAML file of the site's message ids (the format of esmgen/listing/messages/<esm>.yaml); "
                   "its entries add to or replace esmgen's.")
def check_output(listing, esm, fmt, deck, site_messages):
    """Give a verdict per command from a job's SYSTSPRT listing.

    Exit status: 0 when every command is ok or ended as its deck planned
    (with --deck: a create that found its object, a delete that found
    nothing before an add), 1 when any other failed (or has a message id
    esmgen does not know), 2 when the listing, the deck or the --messages
    file cannot be read.

    \b
    Examples:
      esmgen check-output ZWESECUR.systsprt.txt --esm racf --deck ZWESECUR.jcl
      esmgen check-output ZWESECUR.systsprt.txt --esm racf --format json
      esmgen check-output ZWESECUR.systsprt.txt --esm acf2 --messages site-acf2.yaml
    """
    planned = read_deck(read_input(deck), deck).commands if deck else ()
    table = checkout.load_site_messages(site_messages, esm) if site_messages else None
    results = checkout.check_listing(read_input(listing), esm, planned, table)
    click.echo(checkout.report_json(results) if fmt == "json" else checkout.report_text(results), nl=False)
    if checkout.failed(results):
        raise click.exceptions.Exit(1)

