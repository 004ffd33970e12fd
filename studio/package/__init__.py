"""The template package: what the studio exports and a delivery server plays.

One signed zip per template version, holding everything a browser needs to show
the video to any debtor and nothing about any one of them (see
``docs/package-format.md``). The modules here are Qt-free, so that the delivery
side can read and check packages, except :mod:`studio.package.bake`, which renders
the base media with the studio's own renderer.
"""
