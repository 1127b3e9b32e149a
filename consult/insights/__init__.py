"""What policy teams read: stored answers turned into plain records for `analysis`."""
