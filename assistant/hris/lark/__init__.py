"""Lark/Feishu OKR (v1, v2) and Performance API import and export."""
